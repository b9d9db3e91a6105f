package org.onlinemart.notification.application;

import org.onlinemart.notification.domain.Mail;

/** Hands a mail to the SMTP server. */
public interface MailSender {

    /** @throws MailNotSentException when the server did not take it (down, refused, timed out) */
    void send(Mail mail);
}
