package org.onlinemart.commons.rest;

/** Java property names as JSON shows them (the APIs use snake_case, DESIGN.md §3). */
public final class JsonNames {

    private JsonNames() {}

    public static String snakeCase(String javaName) {
        StringBuilder json = new StringBuilder(javaName.length() + 4);
        for (char c : javaName.toCharArray()) {
            if (Character.isUpperCase(c)) {
                json.append('_').append(Character.toLowerCase(c));
            } else {
                json.append(c);
            }
        }
        return json.toString();
    }
}
