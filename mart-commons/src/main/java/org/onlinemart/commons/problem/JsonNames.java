package org.onlinemart.commons.problem;

/** Java property names as JSON shows them (the APIs use snake_case, DESIGN.md §3). */
final class JsonNames {

    private JsonNames() {
    }

    static String snakeCase(String javaName) {
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
