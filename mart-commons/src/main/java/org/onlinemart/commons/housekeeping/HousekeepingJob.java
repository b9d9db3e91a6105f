package org.onlinemart.commons.housekeeping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BiFunction;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.onlinemart.commons.scheduling.RecurringJob;

/**
 * Every {@code mart.housekeeping.period-minutes} (10), on every service: deletes outbox rows sent more than
 * {@code mart.housekeeping.outbox-retention-hours} (168) ago and processed-event rows older than
 * {@code mart.housekeeping.processed-event-retention-hours} (336, twice Kafka's default retention of 7 days), and
 * token revocations past their forget_after, and counts them in {@code housekeeping_purged_total{table}}.
 */
@ApplicationScoped
public class HousekeepingJob extends RecurringJob {

    private static final Logger LOG = Logger.getLogger(HousekeepingJob.class.getName());
    private static final int BATCH_SIZE = 5_000;

    private ReliabilityTables tables;
    private MetricRegistry metrics;
    private Duration period;
    private Duration outboxRetention;
    private Duration processedEventRetention;

    protected HousekeepingJob() {}

    @Inject
    public HousekeepingJob(
            ReliabilityTables tables,
            MetricRegistry metrics,
            @ConfigProperty(name = "mart.housekeeping.period-minutes", defaultValue = "10") long periodMinutes,
            @ConfigProperty(name = "mart.housekeeping.outbox-retention-hours", defaultValue = "168")
                    long outboxRetentionHours,
            @ConfigProperty(name = "mart.housekeeping.processed-event-retention-hours", defaultValue = "336")
                    long processedEventRetentionHours) {
        this.tables = tables;
        this.metrics = metrics;
        this.period = Duration.ofMinutes(periodMinutes);
        this.outboxRetention = Duration.ofHours(outboxRetentionHours);
        this.processedEventRetention = Duration.ofHours(processedEventRetentionHours);
        // at 0 until something is purged, not absent
        metrics.counter("housekeeping_purged", new Tag("table", "outbox_message"));
        metrics.counter("housekeeping_purged", new Tag("table", "processed_event"));
        metrics.counter("housekeeping_purged", new Tag("table", "token_revocation"));
    }

    @Override
    protected Duration firstRunAfter() {
        return Duration.ofSeconds(20);
    }

    @Override
    protected Duration period() {
        return period;
    }

    @Override
    protected void runOnce() {
        purge("outbox_message", outboxRetention, tables::purgeSentOutboxBefore);
        purge("processed_event", processedEventRetention, tables::purgeProcessedEventsBefore);
        purge("token_revocation", Duration.ZERO, tables::purgeTokenRevocationsBefore);
    }

    private void purge(String table, Duration retention, BiFunction<Instant, Integer, Integer> batch) {
        Instant cutoff = Instant.now().minus(retention);
        long purged = inBatches(BATCH_SIZE, () -> batch.apply(cutoff, BATCH_SIZE));
        if (purged > 0) {
            metrics.counter("housekeeping_purged", new Tag("table", table)).inc(purged);
            long total = purged;
            LOG.info(() -> "Purged " + total + " " + table + " row(s) older than " + retention.toHours() + " h");
        }
    }
}
