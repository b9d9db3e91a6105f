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
 * Sends what is due, in batches over one SMTP connection each: right after a notification is committed, and every
 * second for the retries. Several instances share the work through the row locks. Counted in /metrics as {@code mail_sent_total}, {@code mail_retried_total}
 * (a failed attempt that will be repeated) and {@code mail_failed_total} (given up).
 */
@ApplicationScoped
public class MailDeliveryJob extends RecurringJob {

    /** Mails per transaction and SMTP connection: short enough that their rows are not locked for long. */
    private static final int BATCH_SIZE = 50;

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
        inBatches(BATCH_SIZE, () -> {
            MailDelivery.Batch batch = delivery.sendDue(BATCH_SIZE);
            metrics.counter("mail_sent").inc(batch.sent());
            metrics.counter("mail_retried").inc(batch.retried());
            metrics.counter("mail_failed").inc(batch.failed());
            return batch.size();
        });
    }
}
