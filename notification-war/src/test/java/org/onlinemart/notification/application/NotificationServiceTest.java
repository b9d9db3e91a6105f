package org.onlinemart.notification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.onlinemart.commons.events.OrderNotificationRaised;
import org.onlinemart.commons.events.PaymentNotificationRaised;
import org.onlinemart.notification.domain.Mail;
import org.onlinemart.notification.domain.NotificationStatus;

class NotificationServiceTest {

    private final InMemoryNotifications notifications = new InMemoryNotifications();
    private final RecordedEvents queued = new RecordedEvents();
    private final NotificationService service =
            new NotificationService(notifications, new SubjectOnlyComposer(), queued, Clock.systemUTC());

    @Test
    void eachNotifyingEventIsStoredOncePendingForItsCustomerAndQueuedForSending() {
        var order = OrderNotificationRaised.of(
                41, 7, "ann@example.org", "Ann", "CONFIRMED", BigDecimal.TEN, List.of(), "m");
        var payment =
                PaymentNotificationRaised.of(9, 41, 7, "ann@example.org", "Ann", "SUCCEEDED", BigDecimal.TEN, "4242");

        service.record(order);
        service.record(payment);
        service.record(order);

        assertEquals(2, notifications.all.size());
        assertEquals(
                List.of("order 41", "payment 9"),
                notifications.all.stream().map(n -> n.subject()).toList());
        assertEquals(
                List.of(7L, 7L), notifications.all.stream().map(n -> n.userId()).toList());
        assertEquals(NotificationStatus.PENDING, notifications.all.get(1).status());
        assertEquals(List.of(new NotificationQueued(1), new NotificationQueued(2)), queued.fired);
    }

    private static final class SubjectOnlyComposer implements MailComposer {
        @Override
        public Mail compose(OrderNotificationRaised event) {
            return new Mail(event.userEmail(), "order " + event.orderId(), "text", "html");
        }

        @Override
        public Mail compose(PaymentNotificationRaised event) {
            return new Mail(event.userEmail(), "payment " + event.paymentId(), "text", "html");
        }
    }

    private static final class RecordedEvents implements Event<NotificationQueued> {
        final List<NotificationQueued> fired = new ArrayList<>();

        @Override
        public void fire(NotificationQueued event) {
            fired.add(event);
        }

        @Override
        public <U extends NotificationQueued> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends NotificationQueued> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<NotificationQueued> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends NotificationQueued> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends NotificationQueued> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
