package org.onlinemart.product.infrastructure.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.onlinemart.commons.scheduling.RecurringJob;
import org.onlinemart.product.application.PricingService;

/**
 * Every second, announces the future-dated prices that have come due. Several instances may run it at
 * once: each claims different rows (SKIP LOCKED), so a price is announced once.
 */
@ApplicationScoped
public class DuePricesJob extends RecurringJob {

    private static final Logger LOG = Logger.getLogger(DuePricesJob.class.getName());
    private static final int BATCH_SIZE = 100;

    private PricingService pricing;

    protected DuePricesJob() {}

    @Inject
    public DuePricesJob(PricingService pricing) {
        this.pricing = pricing;
    }

    @Override
    protected Duration firstRunAfter() {
        return Duration.ZERO;
    }

    @Override
    protected Duration period() {
        return Duration.ofSeconds(1);
    }

    @Override
    protected void runOnce() {
        long handled = inBatches(BATCH_SIZE, () -> pricing.publishDuePrices(Instant.now(), BATCH_SIZE));
        if (handled > 0) {
            LOG.info("Handled " + handled + " price(s) that came due");
        }
    }
}
