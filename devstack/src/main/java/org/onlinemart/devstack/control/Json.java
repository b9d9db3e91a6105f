package org.onlinemart.devstack.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough JSON for the control API and the demo's request bodies: write flat or nested maps of strings,
 * numbers and booleans, read the control API's back.
 */
public final class Json {

    private static final Pattern STRING_FIELD = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\"([^\"]*)\"");

    private Json() {}

    public static String write(Map<String, ?> object) {
        StringBuilder json = new StringBuilder("{");
        object.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(quote(key)).append(':');
            if (value instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, ?> nested = (Map<String, ?>) map;
                json.append(write(nested));
            } else if (value instanceof Boolean || value instanceof Number) {
                json.append(value);
            } else {
                json.append(quote(String.valueOf(value)));
            }
        });
        return json.append('}').toString();
    }

    /** The string fields of an answer, e.g. the states in /status's "parts" (our own output, no escapes in it). */
    public static Map<String, String> stringFields(String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher matcher = STRING_FIELD.matcher(json);
        while (matcher.find()) {
            fields.put(matcher.group(1), matcher.group(2));
        }
        return fields;
    }

    public static boolean isTrue(String json, String field) {
        return Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*true")
                .matcher(json)
                .find();
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> quoted.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return quoted.append('"').toString();
    }
}
