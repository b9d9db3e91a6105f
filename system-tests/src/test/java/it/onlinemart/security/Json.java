package it.onlinemart.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** JSON text for the abuse suite, including values no JSON library would write (1e309, a lone field of any text). */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value, e);
        }
    }

    /** The text as a JSON string, quoted and escaped (a NUL becomes \u0000). */
    static String string(String text) {
        return write(text);
    }

    /** The object with one field's value replaced by raw JSON text, written as it is. */
    static String writeWithRaw(Map<String, Object> object, String field, String rawValue) {
        String placeholder = "raw-" + UUID.randomUUID();
        Map<String, Object> copy = new LinkedHashMap<>(object);
        copy.put(field, placeholder);
        return write(copy).replace(write(placeholder), rawValue);
    }
}
