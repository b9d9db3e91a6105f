package org.onlinemart.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One step of the load: orders started at a steady target rate for a number of seconds. Arrival i is due at
 * i / rate seconds after the stage starts, whatever happened to the arrivals before it (open loop).
 */
record Stage(double rate, int seconds) {

    Stage {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException(
                    "a stage's rate must be a positive number of orders per second: " + rate);
        }
        if (seconds < 1) {
            throw new IllegalArgumentException("a stage lasts at least 1 second: " + seconds);
        }
    }

    /** "5,10,20,40" at that many seconds each. */
    static List<Stage> parse(String rates, int seconds) {
        List<Stage> stages = new ArrayList<>();
        for (String rate : rates.split(",")) {
            stages.add(new Stage(rate(rate), seconds));
        }
        return List.copyOf(stages);
    }

    /** A rate in orders per second as a flag spells it ("2.5"); whether it makes sense a Stage decides. */
    static double rate(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a rate in orders per second: '" + text.trim() + "'");
        }
    }

    /** How many orders the stage starts: the rate times the duration, rounded. */
    int arrivals() {
        return (int) Math.round(rate * seconds);
    }

    /** When arrival i (from 0) is due, in nanoseconds after the stage's start. */
    long dueNanos(long arrival) {
        return dueNanos(rate, arrival);
    }

    /** When arrival i (from 0) of a load at the rate is due, in nanoseconds after the load's start. */
    static long dueNanos(double rate, long arrival) {
        return Math.round(arrival * 1e9 / rate);
    }

    long durationNanos() {
        return seconds * 1_000_000_000L;
    }
}
