package org.onlinemart.commons.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DeadLettersTest {

    @Test
    void whatPostgresTextCannotHoldIsKeptReadably() {
        assertEquals("", DeadLetters.storable(null));
        assertEquals("a\\u0000b", DeadLetters.storable("a\0b"));
        assertEquals("{\"x\": 1}", DeadLetters.storable("{\"x\": 1}"));
    }
}
