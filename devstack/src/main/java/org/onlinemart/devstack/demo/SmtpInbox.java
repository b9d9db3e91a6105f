package org.onlinemart.devstack.demo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The customer's inbox at the stack's SMTP sink, read through GreenMail's HTTP API as a mail client would. */
final class SmtpInbox {

    /** The notification service sends with retries; a mail may take a few relay rounds. */
    private static final Duration DELIVERY_BOUND = Duration.ofSeconds(60);

    private final MartApi api;
    private final int port;
    private final StepLog log;

    SmtpInbox(MartApi api, int port, StepLog log) {
        this.api = api;
        this.port = port;
        this.log = log;
    }

    /** Waits, bounded, until that many mails about the order have arrived; returns their subjects, oldest first. */
    List<String> awaitOrderMails(String email, long orderId, int expected) {
        Pattern aboutOrder = Pattern.compile("\\border " + orderId + "\\b", Pattern.CASE_INSENSITIVE);
        String path = "/api/user/" + email + "/messages/INBOX";
        var polled = Poll.until(
                DELIVERY_BOUND,
                () -> api.get(port, path, null),
                answer -> answer.is(200) && subjects(answer, aboutOrder).size() >= expected);
        ApiAnswer inbox = polled.last();
        List<String> subjects = inbox.is(200) ? subjects(inbox, aboutOrder) : List.of();
        if (!polled.done()) {
            throw new DemoFailure(
                    subjects.size() + " of the " + expected + " mails for order " + orderId + " arrived within "
                            + DELIVERY_BOUND.toSeconds() + " s: " + subjects,
                    inbox);
        }
        log.step(
                inbox,
                "%d mails about order %d%s (%d in the inbox)",
                subjects.size(),
                orderId,
                polled.waited(),
                inbox.array().size());
        subjects.forEach(subject -> log.note("    mail to %s: \"%s\"", email, subject));
        return subjects;
    }

    private static List<String> subjects(ApiAnswer inbox, Pattern aboutOrder) {
        return inbox.array().stream()
                .map(message -> ((Map<?, ?>) message).get("subject"))
                .filter(subject -> subject instanceof String text
                        && aboutOrder.matcher(text).find())
                .map(String.class::cast)
                .toList();
    }
}
