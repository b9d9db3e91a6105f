package org.onlinemart.notification.infrastructure.scheduling;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.onlinemart.commons.persistence.SchemaReady;
import org.onlinemart.notification.application.MailDelivery;
import org.onlinemart.notification.application.NotificationQueued;

/**
 * Sends what is due: right after a notification is committed, and every second for the retries. One drain runs
 * at a time per JVM; several instances share the work through the row locks. Counted in /metrics as
 * {@code mail_sent_total}, {@code mail_retried_total} (a failed attempt that will be repeated) and
 * {@code mail_failed_total} (given up).
 */
@ApplicationScoped
public class MailDeliveryJob {

    private static final Logger LOG = Logger.getLogger(MailDeliveryJob.class.getName());
    private static final long POLL_MILLIS = 1000;
    /** Sent per drain at most, so that a long queue does not hold the executor's thread forever. */
    private static final int MAX_PER_DRAIN = 500;

    @Resource
    ManagedScheduledExecutorService executor;

    private MailDelivery delivery;
    private MetricRegistry metrics;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile ScheduledFuture<?> schedule;

    protected MailDeliveryJob() {}

    @Inject
    public MailDeliveryJob(MailDelivery delivery, MetricRegistry metrics) {
        this.delivery = delivery;
        this.metrics = metrics;
    }

    void start(@Observes SchemaReady schemaReady) {
        schedule = executor.scheduleWithFixedDelay(this::drain, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    void sendSoon(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationQueued queued) {
        if (schedule != null) {
            executor.execute(this::drain);
        }
    }

    /** Stops before the persistence unit closes when the application stops. */
    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    private void drain() {
        again.set(true);
        while (again.get() && draining.compareAndSet(false, true)) {
            try {
                again.set(false);
                sendDue();
            } catch (RuntimeException e) {
                // the notifications stay PENDING and the next run tries again; throwing would end the schedule
                LOG.log(Level.WARNING, "Could not send the notifications due", e);
            } finally {
                draining.set(false);
            }
        }
    }

    private void sendDue() {
        for (int i = 0; i < MAX_PER_DRAIN; i++) {
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
