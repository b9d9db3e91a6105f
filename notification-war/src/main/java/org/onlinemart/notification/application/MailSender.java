package org.onlinemart.notification.application;

import org.onlinemart.notification.domain.Mail;

/** Hands mails to the SMTP server, several over one connection. */
public interface MailSender {

    /** A connection for a batch of mails; it reaches the server on the first mail. */
    Connection connect();

    /** One SMTP session: after the server could not be reached, every further mail fails at once with that cause. */
    interface Connection extends AutoCloseable {

        /** @throws MailNotSentException when the server did not take it (down, refused, timed out) */
        void send(Mail mail);

        @Override
        void close();
    }
}
