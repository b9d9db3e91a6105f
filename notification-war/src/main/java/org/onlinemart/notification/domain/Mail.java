package org.onlinemart.notification.domain;

import java.util.Objects;

/** One e-mail to one customer: a subject, and the same content as plain text and as HTML. */
public record Mail(String recipient, String subject, String text, String html) {

    public Mail {
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(text);
        Objects.requireNonNull(html);
    }
}
