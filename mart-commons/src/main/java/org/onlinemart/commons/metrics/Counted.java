package org.onlinemart.commons.metrics;

/**
 * A CDI event: something worth counting happened, such as an order confirmed. Fired inside the transaction that
 * did it; {@link CountersAfterCommit} adds one to {@code <metric>_total{<tag>="<value>"}} only once that
 * transaction has committed, so /metrics counts what really happened.
 */
public record Counted(String metric, String tag, String value) {}
