package org.onlinemart.commons.rest;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Text fields refuse the NUL character: PostgreSQL cannot store it in text, so it would fail the write with a 500
 * instead of telling the client. Numbers and booleans sent for text are read as their text, as JSON-B reads them.
 */
public final class Texts implements JsonbDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonValue value = parser.getValue();
        if (value instanceof JsonString string) {
            if (string.getString().indexOf('\u0000') >= 0) {
                throw new JsonbException("text with a NUL character");
            }
            return string.getString();
        }
        return switch (value.getValueType()) {
            case NUMBER, TRUE, FALSE -> value.toString();
            default -> throw new JsonbException("expected text but got " + value.getValueType());
        };
    }
}
