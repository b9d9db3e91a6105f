package org.onlinemart.product.infrastructure.scheduling;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onlinemart.commons.persistence.SchemaReady;
import org.onlinemart.product.application.PricingService;

/**
 * Every second, announces the future-dated prices that have come due. Several instances may run it at
 * once: each claims different rows (SKIP LOCKED), so a price is announced once.
 */
@ApplicationScoped
public class DuePricesJob {

    private static final Logger LOG = Logger.getLogger(DuePricesJob.class.getName());
    private static final long PERIOD_MILLIS = 1000;
    private static final int BATCH_SIZE = 100;

    @Resource
    ManagedScheduledExecutorService executor;

    private PricingService pricing;
    private volatile ScheduledFuture<?> schedule;

    protected DuePricesJob() {}

    @Inject
    public DuePricesJob(PricingService pricing) {
        this.pricing = pricing;
    }

    void start(@Observes SchemaReady schemaReady) {
        schedule = executor.scheduleWithFixedDelay(this::publishDuePrices, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Stops before the persistence unit closes when the application stops. */
    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    private void publishDuePrices() {
        try {
            int handled;
            do {
                handled = pricing.publishDuePrices(Instant.now(), BATCH_SIZE);
                if (handled > 0) {
                    LOG.info("Handled " + handled + " price(s) that came due");
                }
            } while (handled == BATCH_SIZE);
        } catch (RuntimeException e) {
            // the rows stay unpublished and the next run tries again; throwing would end the schedule
            LOG.log(Level.WARNING, "Could not publish the prices that came due", e);
        }
    }
}
