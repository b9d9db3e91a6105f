package org.onlinemart.devstack.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CardNumbersTest {

    @Test
    void showsOnlyTheFirstAndLastFourDigits() {
        assertEquals("4242 **** **** 4242", CardNumbers.masked("4242424242424242"));
        assertEquals("4000 **** **** 0002", CardNumbers.masked("4000 0000 0000 0002"));
    }

    @Test
    void masksLongerNumbersInGroupsOfFour() {
        assertEquals("6011 **** **** *** 1117", CardNumbers.masked("6011000990139111117"));
    }

    @Test
    void showsNoDigitOfANumberTooShortToBeACard() {
        assertEquals("******", CardNumbers.masked("424242"));
    }
}
