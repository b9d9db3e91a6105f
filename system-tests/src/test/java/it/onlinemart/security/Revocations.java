package it.onlinemart.security;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import it.onlinemart.Service;
import it.onlinemart.user.Accounts;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Revoked tokens, and the wait until every service refuses one. */
final class Revocations {

    /** "Within seconds": the event goes through the user service's outbox, Kafka and each service's consumer. */
    static final Duration EVERY_SERVICE_WITHIN = Duration.ofSeconds(10);

    /** A GET of each service that answers 200 for any signed-in customer (product and inventory have none). */
    static final List<ProtectedEndpoint> CUSTOMER_READS = List.of(
            new ProtectedEndpoint(Service.USER, "GET", "/me", false),
            new ProtectedEndpoint(Service.ORDER, "GET", "/view-cart", false),
            new ProtectedEndpoint(Service.PAYMENT, "GET", "/payments", false),
            new ProtectedEndpoint(Service.NOTIFICATION, "GET", "/notifications", false));

    /** Every service's admin-only list of dead letters (mart-commons). */
    static final List<ProtectedEndpoint> ADMIN_READS = Arrays.stream(Service.values())
            .map(service -> new ProtectedEndpoint(service, "GET", "/admin/dead-letters", true))
            .toList();

    private Revocations() {}

    /** A new customer's token, revoked by their changing the password, once every service refuses it. */
    static String ofACustomerWhoChangedTheirPassword() {
        Accounts.Account customer = Accounts.newUser();
        changePassword(customer.token(), "Pw-new-" + UUID.randomUUID());
        awaitRefusedEverywhere(customer.token(), ADMIN_READS);
        return customer.token();
    }

    static void changePassword(String token, String newPassword) {
        Service.USER
                .request(token)
                .body(Map.of("user_password", newPassword))
                .put("/update_user")
                .then()
                .statusCode(200);
    }

    /** Waits, at most {@link #EVERY_SERVICE_WITHIN} for all of them together, until each refuses the token. */
    static void awaitRefusedEverywhere(String token, List<ProtectedEndpoint> endpoints) {
        long started = System.nanoTime();
        for (ProtectedEndpoint endpoint : endpoints) {
            Duration left = EVERY_SERVICE_WITHIN.minusNanos(System.nanoTime() - started);
            await(endpoint.toString())
                    .atMost(left.compareTo(Duration.ofMillis(200)) < 0 ? Duration.ofMillis(200) : left)
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> endpoint.callWith(token).extract().statusCode() == 401);
            assertRevoked(endpoint.callWith(token).extract().response());
        }
    }

    /** The 401 of a revoked token: problem+json that says so, and the bearer challenge. */
    static void assertRevoked(Response response) {
        assertEquals(401, response.statusCode(), response.asString());
        response.then()
                .contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("detail", containsString("revoked"));
    }
}
