package org.onlinemart.commons.metrics;

import java.util.Arrays;
import java.util.List;

/**
 * A CDI event: something worth counting happened, such as an order confirmed. Fired inside the transaction that
 * did it; {@link CountersAfterCommit} adds one to {@code <metric>_total{<tag>="<value>"}} only once that
 * transaction has committed, so /metrics counts what really happened. The first time a metric is counted, its
 * other {@code possibleValues} show up at 0, so that a dashboard reads "none yet" as 0 rather than no data.
 */
public record Counted(String metric, String tag, String value, List<String> possibleValues) {

    public Counted {
        possibleValues = List.copyOf(possibleValues);
    }

    /** A count whose values are open-ended, such as a consumer's name. */
    public Counted(String metric, String tag, String value) {
        this(metric, tag, value, List.of(value));
    }

    /** A count by an enum's constant; every constant of that enum is a possible value. */
    public static Counted of(String metric, String tag, Enum<?> value) {
        return new Counted(
                metric,
                tag,
                value.name(),
                Arrays.stream(value.getDeclaringClass().getEnumConstants())
                        .map(Enum::name)
                        .toList());
    }
}
