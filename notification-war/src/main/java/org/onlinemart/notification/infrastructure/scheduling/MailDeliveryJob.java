package org.onlinemart.notification.infrastructure.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.onlinemart.commons.scheduling.RecurringJob;
import org.onlinemart.notification.application.MailDelivery;
import org.onlinemart.notification.application.NotificationQueued;

/**
 * Sends what is due: right after a notification is committed, and every second for the retries. Several instances
 * share the work through the row locks. Counted in /metrics as {@code mail_sent_total}, {@code mail_retried_total}
 * (a failed attempt that will be repeated) and {@code mail_failed_total} (given up).
 */
@ApplicationScoped
public class MailDeliveryJob extends RecurringJob {

    /** Sent per run at most, so that a long queue does not hold the executor's thread forever. */
    private static final int MAX_PER_RUN = 500;

    private MailDelivery delivery;
    private MetricRegistry metrics;

    protected MailDeliveryJob() {}

    @Inject
    public MailDeliveryJob(MailDelivery delivery, MetricRegistry metrics) {
        this.delivery = delivery;
        this.metrics = metrics;
        // registered at 0 so that a dashboard shows "none yet" rather than no data
        List.of("mail_sent", "mail_retried", "mail_failed").forEach(metrics::counter);
    }

    @Override
    protected Duration firstRunAfter() {
        return Duration.ZERO;
    }

    @Override
    protected Duration period() {
        return Duration.ofSeconds(1);
    }

    void sendSoon(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationQueued queued) {
        runSoon();
    }

    @Override
    protected void runOnce() {
        for (int i = 0; i < MAX_PER_RUN; i++) {
            switch (delivery.sendNextDue()) {
                case NOTHING_DUE -> {
                    return;
                }
                case SENT -> metrics.counter("mail_sent").inc();
                case WILL_RETRY -> metrics.counter("mail_retried").inc();
                case FAILED -> metrics.counter("mail_failed").inc();
            }
        }
    }
}
