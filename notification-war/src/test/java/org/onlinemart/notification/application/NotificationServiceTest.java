package org.onlinemart.notification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onlinemart.commons.events.OrderNotificationRaised;
import org.onlinemart.commons.events.PaymentNotificationRaised;
import org.onlinemart.commons.logging.OrderTrail;
import org.onlinemart.commons.testing.RecordedEvents;
import org.onlinemart.notification.domain.Mail;
import org.onlinemart.notification.domain.NotificationStatus;

class NotificationServiceTest {

    private static final UUID CORRELATION = UUID.fromString("5b1e0c2a-7d4f-4c1e-9a3b-2f6d8e0a1c4b");

    private final InMemoryNotifications notifications = new InMemoryNotifications();
    private final List<NotificationQueued> queued = new ArrayList<>();
    private final NotificationService service = new NotificationService(
            notifications, new SubjectOnlyComposer(), new RecordedEvents<>(queued), Clock.systemUTC());

    @Test
    void eachNotifyingEventIsStoredOncePendingForItsCustomerAndQueuedForSending() {
        var order = OrderNotificationRaised.of(
                41, 7, "ann@example.org", "Ann", "CONFIRMED", BigDecimal.TEN, List.of(), "m", CORRELATION);
        var payment = PaymentNotificationRaised.of(
                9, 41, 7, "ann@example.org", "Ann", "SUCCEEDED", BigDecimal.TEN, "4242", CORRELATION);

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
        assertEquals(
                List.of(OrderTrail.of(41, CORRELATION), OrderTrail.of(41, CORRELATION)),
                notifications.all.stream().map(n -> n.trail()).toList(),
                "both are about order 41, for the log lines of their mails");
        assertEquals(List.of(new NotificationQueued(1), new NotificationQueued(2)), queued);
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
}
