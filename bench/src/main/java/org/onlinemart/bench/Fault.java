package org.onlinemart.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One fault of the suite, as {@code --faults} names it: a service killed outright ({@code order}; the devstack's
 * watchdog starts it again by itself), or Kafka, PostgreSQL or the SMTP sink stopped for a number of seconds and then
 * started again ({@code kafka:30}).
 */
sealed interface Fault {

    /** The parts the control API stops and starts, as it names them. */
    List<String> OUTAGE_PARTS = List.of("kafka", "postgres", "smtp");

    /** As --faults spells it: "order", "kafka:30". */
    String label();

    /** What it does, for the log: "killing the order service". */
    String doing();

    /** How long it keeps the stack from being whole at most: its own seconds, then the recovery timeout. */
    Duration longest(Duration recoveryTimeout);

    /** Does it through the control API; answers the switch that failed, else the last one. */
    Control.Switch inject(Control control) throws InterruptedException;

    /** SIGKILL of the service's server JVM. */
    record Kill(Api.Service service) implements Fault {

        @Override
        public String label() {
            return service.label();
        }

        @Override
        public String doing() {
            return "killing the " + service.label() + " service";
        }

        @Override
        public Duration longest(Duration recoveryTimeout) {
            return recoveryTimeout;
        }

        @Override
        public Control.Switch inject(Control control) {
            return control.kill(service);
        }
    }

    /** The part stopped, kept down for the seconds, and started again. */
    record Outage(String part, int seconds) implements Fault {

        @Override
        public String label() {
            return part + ":" + seconds;
        }

        @Override
        public String doing() {
            return "stopping " + part + " for " + seconds + " s";
        }

        @Override
        public Duration longest(Duration recoveryTimeout) {
            return recoveryTimeout.plusSeconds(seconds);
        }

        @Override
        public Control.Switch inject(Control control) throws InterruptedException {
            Control.Switch stopped = control.stop(part);
            if (!stopped.done()) {
                return stopped;
            }
            Control.Switch started;
            try {
                // the outage's length is the fault itself, so here a fixed sleep is right
                TimeUnit.SECONDS.sleep(seconds);
            } finally {
                started = control.start(part);
            }
            return started;
        }
    }

    /** "user,kafka:30,...", in order; a wrong entry is refused with what it should look like. */
    static List<Fault> parseList(String list) {
        List<Fault> faults = new ArrayList<>();
        for (String token : list.split(",", -1)) {
            if (token.isBlank()) {
                throw new IllegalArgumentException("--faults has an empty entry: '" + list + "'");
            }
            faults.add(parse(token));
        }
        return List.copyOf(faults);
    }

    /** "order" or "kafka:30". */
    static Fault parse(String token) {
        String text = token.trim().toLowerCase(Locale.ROOT);
        int colon = text.indexOf(':');
        String name = colon < 0 ? text : text.substring(0, colon);
        if (OUTAGE_PARTS.contains(name)) {
            if (colon < 0) {
                throw new IllegalArgumentException(
                        "fault '" + name + "' needs a down time in seconds, e.g. " + name + ":30");
            }
            return new Outage(name, downSeconds(text, text.substring(colon + 1)));
        }
        Api.Service service = Arrays.stream(Api.Service.values())
                .filter(candidate -> candidate.label().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown fault '" + token.trim() + "': name a service ("
                        + Arrays.stream(Api.Service.values())
                                .map(Api.Service::label)
                                .collect(Collectors.joining(", "))
                        + ") to kill it, or " + String.join(":<seconds>, ", OUTAGE_PARTS)
                        + ":<seconds> to stop that part for a while"));
        if (colon >= 0) {
            throw new IllegalArgumentException("fault '" + text + "': a killed service comes back by itself and takes "
                    + "no down time; write " + name);
        }
        return new Kill(service);
    }

    private static int downSeconds(String fault, String seconds) {
        try {
            int down = Integer.parseInt(seconds.trim());
            if (down >= 1) {
                return down;
            }
        } catch (NumberFormatException e) {
            // refused below, with the same words as a number below 1
        }
        throw new IllegalArgumentException(
                "fault '" + fault + "': the down time must be a whole number of seconds, at least 1");
    }
}
