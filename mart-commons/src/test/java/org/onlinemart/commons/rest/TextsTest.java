package org.onlinemart.commons.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

class TextsTest {

    public record Named(String name) {}

    @Test
    void textWithANulCharacterIsRefusedNamingItsField() {
        JsonbException refusal = assertThrows(
                JsonbException.class,
                () -> JsonbConfigResolver.JSONB.fromJson("{\"name\": \"a\\u0000b\"}", Named.class));

        assertTrue(String.valueOf(refusal.getMessage()).contains("name"), refusal.getMessage());
    }

    @Test
    void otherTextAndNumbersReadAsBefore() {
        assertEquals(
                "Tea \uD83D\uDE00",
                JsonbConfigResolver.JSONB
                        .fromJson("{\"name\": \"Tea \uD83D\uDE00\"}", Named.class)
                        .name());
        assertEquals(
                "12",
                JsonbConfigResolver.JSONB
                        .fromJson("{\"name\": 12}", Named.class)
                        .name());
    }
}
