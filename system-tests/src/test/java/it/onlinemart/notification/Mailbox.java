package it.onlinemart.notification;

import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** A customer's inbox at the devstack's SMTP sink (GreenMail), read through its HTTP API like a mail client. */
public final class Mailbox {

    /** One received mail: its subject and its whole MIME source (headers, text and HTML parts). */
    public record Mail(String subject, String source) {}

    public static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final String API = "http://127.0.0.1:" + System.getProperty("smtp.api.port", "8025");

    private Mailbox() {}

    /** What arrived for that address so far, oldest first; nothing if nothing did. */
    public static List<Mail> of(String email) {
        var answer = RestAssured.given().get(API + "/api/user/{email}/messages/INBOX", email);
        if (answer.statusCode() != 200) {
            return List.of();
        }
        List<Map<String, Object>> messages = new JsonPath(answer.asString()).getList("$");
        return messages.stream()
                .map(message -> new Mail((String) message.get("subject"), (String) message.get("mimeMessage")))
                .toList();
    }

    /** Waits until a mail with that subject has arrived for the address; returns it. */
    public static Mail awaitMail(String email, String subject) {
        return await().atMost(DELIVERY)
                .until(
                        () -> of(email).stream()
                                .filter(mail -> mail.subject().equals(subject))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    /** How many mails with that subject arrived for the address. */
    public static long count(String email, Predicate<Mail> which) {
        return of(email).stream().filter(which).count();
    }
}
