package org.onlinemart.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How long the devstack's last start took until every part was ready, as its log says ("all ready in 107.8 s"). */
final class StackStart {

    private static final Pattern ALL_READY = Pattern.compile("all ready in (\\d+(?:\\.\\d+)?) s");

    private StackStart() {}

    /** The last start's seconds in the devstack's log, or empty when there is no such log or line. */
    static OptionalDouble seconds(Path devstackLog) {
        try {
            return lastReady(Files.readAllLines(devstackLog));
        } catch (IOException e) {
            return OptionalDouble.empty();
        }
    }

    static OptionalDouble lastReady(List<String> lines) {
        OptionalDouble seconds = OptionalDouble.empty();
        for (String line : lines) {
            Matcher ready = ALL_READY.matcher(line);
            if (ready.find()) {
                seconds = OptionalDouble.of(Double.parseDouble(ready.group(1)));
            }
        }
        return seconds;
    }
}
