package org.onlinemart.devstack;

/** Progress lines for the person at the terminal; everything goes to stdout with one prefix. */
public final class Log {

    private static final String PREFIX = "[devstack] ";

    private Log() {}

    public static void info(String format, Object... args) {
        print(String.format(format, args));
    }

    public static void warn(String format, Object... args) {
        print("WARNING: " + String.format(format, args));
    }

    public static void error(String format, Object... args) {
        print("ERROR: " + String.format(format, args));
    }

    /** Prints a block (a log tail, the URL table) line by line with the prefix. */
    public static void block(String text) {
        text.lines().forEach(line -> print("  | " + line));
    }

    private static synchronized void print(String line) {
        System.out.println(PREFIX + line);
        System.out.flush();
    }
}
