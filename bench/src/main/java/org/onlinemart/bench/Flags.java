package org.onlinemart.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The flag rules every command shares: a flag beats its variable BENCH_<FLAG>, which beats the default. */
final class Flags {

    private Flags() {}

    /**
     * The value of every flag of {@code defaults}: {@code --flag value} or {@code --flag=value} from the arguments,
     * else {@code BENCH_<FLAG>} from the environment, else what {@code values} holds already.
     */
    static Map<String, String> parse(Map<String, String> values, List<String> args, Map<String, String> env) {
        Map<String, String> parsed = new LinkedHashMap<>(values);
        for (String flag : values.keySet()) {
            putIfSet(parsed, flag, env.get("BENCH_" + flag.replace('-', '_').toUpperCase(Locale.ROOT)));
        }
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("not a flag: " + arg);
            }
            int equals = arg.indexOf('=');
            String flag = arg.substring(2, equals < 0 ? arg.length() : equals);
            if (!values.containsKey(flag)) {
                throw new IllegalArgumentException("unknown flag --" + flag);
            }
            if (equals < 0 && i + 1 >= args.size()) {
                throw new IllegalArgumentException("--" + flag + " needs a value");
            }
            parsed.put(flag, equals < 0 ? args.get(++i) : arg.substring(equals + 1));
        }
        return parsed;
    }

    static void putIfSet(Map<String, String> values, String flag, String value) {
        if (value != null && !value.isBlank()) {
            values.put(flag, value);
        }
    }

    static int positive(Map<String, String> values, String flag) {
        int value = whole(values, flag);
        if (value < 1) {
            throw new IllegalArgumentException("--" + flag + " must be at least 1: " + value);
        }
        return value;
    }

    static int whole(Map<String, String> values, String flag) {
        try {
            int value = Integer.parseInt(values.get(flag).trim());
            if (value < 0) {
                throw new IllegalArgumentException("--" + flag + " may not be negative: " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + flag + " must be a whole number: " + values.get(flag));
        }
    }
}
