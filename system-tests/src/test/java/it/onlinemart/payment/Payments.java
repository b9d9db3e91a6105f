package it.onlinemart.payment;

import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import it.onlinemart.Service;
import java.time.Duration;
import java.time.Year;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Paying orders through POST /payments with the sandbox gateway's test cards. */
public final class Payments {

    /** Luhn-valid: the sandbox approves it. */
    public static final String GOOD_CARD = "4242424242424242";

    static final String DECLINED_CARD = "4000000000000002";
    static final String NO_FUNDS_CARD = "4000000000009995";
    static final Duration SETTLE = Duration.ofSeconds(30);

    private Payments() {}

    /** A well-formed payment request for the order with that card, valid until two years from now. */
    static Map<String, Object> request(long orderId, String cardNumber) {
        return Map.of(
                "order_id",
                orderId,
                "card_number",
                cardNumber,
                "exp_month",
                12,
                "exp_year",
                Year.now().getValue() + 2,
                "cvc",
                "123");
    }

    static ValidatableResponse pay(String token, Map<String, Object> request, String idempotencyKey) {
        var call = Service.PAYMENT.request(token).body(request);
        if (idempotencyKey != null) {
            call = call.header("Idempotency-Key", idempotencyKey);
        }
        return call.post("/payments").then();
    }

    /**
     * Pays once the payment service knows the order: it learns of it from order_status a moment after the order is
     * CONFIRMED, and until then answers 409 without recording anything, so repeating is safe (as a client would).
     */
    public static ValidatableResponse payWhenKnown(String token, long orderId, String cardNumber) {
        String key = UUID.randomUUID().toString();
        Response answer = await().atMost(SETTLE)
                .until(
                        () -> pay(token, request(orderId, cardNumber), key)
                                .extract()
                                .response(),
                        response -> response.statusCode() != 409
                                || !response.asString().contains("not known to payment yet"));
        return answer.then();
    }

    /** A Luhn-valid 16-digit card number no one has used before: fifteen random digits and their check digit. */
    public static String freshCardNumber() {
        String body = "4" + String.format("%014d", ThreadLocalRandom.current().nextLong(100_000_000_000_000L));
        for (int check = 0; check <= 9; check++) {
            String number = body + check;
            if (luhnValid(number)) {
                return number;
            }
        }
        throw new IllegalStateException("no check digit fits " + body);
    }

    private static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
