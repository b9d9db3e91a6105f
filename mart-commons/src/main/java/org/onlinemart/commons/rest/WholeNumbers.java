package org.onlinemart.commons.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Request ids and counts must be whole numbers in range: JSON-B alone would read 1.9 as 1 and wrap
 * 4294967297 round to 1, so a client's mistake would silently address another product. JSON-B binds
 * these to the boxed types only: request records use Long and Integer (they are @NotNull-checked anyway).
 */
public final class WholeNumbers {

    private WholeNumbers() {}

    private static JsonNumber wholeNumber(JsonParser parser) {
        JsonValue value = parser.getValue();
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number;
        }
        throw new JsonbException("expected a whole number but got " + value.getValueType());
    }

    public static final class Longs implements JsonbDeserializer<Long> {

        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            try {
                return wholeNumber(parser).longValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("a whole number out of range", e);
            }
        }
    }

    public static final class Integers implements JsonbDeserializer<Integer> {

        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            try {
                return wholeNumber(parser).intValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("a whole number out of range", e);
            }
        }
    }
}
