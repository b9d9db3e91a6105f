package org.onlinemart.notification.application;

/** The SMTP server did not take a mail; it stays PENDING and is tried again later. */
public class MailNotSentException extends RuntimeException {

    public MailNotSentException(String message, Throwable cause) {
        super(message, cause);
    }
}
