package org.onlinemart.payment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CardTest {

    @Test
    void theLuhnChecksumAcceptsRealTestNumbersAndRefusesAnyOneDigitChange() {
        assertTrue(Card.luhnValid("4242424242424242"));
        assertTrue(Card.luhnValid("4000000000000002"));
        assertTrue(Card.luhnValid("4000000000009995"));
        assertTrue(Card.luhnValid("378282246310005"));
        assertFalse(Card.luhnValid("4242424242424241"));
        assertFalse(Card.luhnValid("4000000000000001"));
    }

    @Test
    void aCardShowsOnlyItsLastFourDigits() {
        Card card = new Card("4242424242424242", 12, 2030, "123");

        assertEquals("4242", card.last4());
        assertEquals("Card[ending 4242]", card.toString());
    }
}
