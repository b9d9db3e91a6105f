package org.onlinemart.notification.application;

import org.onlinemart.commons.events.OrderNotificationRaised;
import org.onlinemart.commons.events.PaymentNotificationRaised;
import org.onlinemart.notification.domain.Mail;

/** Writes the mail a customer gets for an event; the templates are infrastructure's. */
public interface MailComposer {

    Mail compose(OrderNotificationRaised event);

    Mail compose(PaymentNotificationRaised event);
}
