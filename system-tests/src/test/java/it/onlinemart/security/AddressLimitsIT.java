package it.onlinemart.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import it.onlinemart.Service;
import it.onlinemart.user.Accounts;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Registration and failed logins are limited per client address (issue 13), besides the per-e-mail login throttle.
 * The devstack exempts loopback, from which every other test signs up, and trusts X-Forwarded-For from it only:
 * these tests come "from" addresses of the documentation range, new on every run, as a reverse proxy would say.
 */
@MicroShedTest
class AddressLimitsIT {

    /** The user service's defaults, which the devstack keeps: per hour, and per 15 minutes. */
    private static final int REGISTRATIONS_PER_ADDRESS = 20;

    private static final int FAILED_LOGINS_PER_ADDRESS = 30;

    private static String newAddress() {
        return "2001:db8:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000)) + "::"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0x10000));
    }

    private static RequestSpecification from(String address) {
        return Service.USER.request().header("X-Forwarded-For", address);
    }

    private static ValidatableResponse register(RequestSpecification request) {
        return request.body(Map.of(
                        "user_name",
                        "Limited",
                        "user_email",
                        Accounts.uniqueEmail("limited"),
                        "user_password",
                        "Pw-" + UUID.randomUUID()))
                .post("/add_user")
                .then();
    }

    private static ValidatableResponse login(RequestSpecification request, String email, String password) {
        return request.body(Map.of("user_email", email, "user_password", password))
                .post("/login")
                .then();
    }

    private static void assertTooMany(ValidatableResponse response, String detail) {
        String retryAfter = response.statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(429))
                .body("detail", containsString(detail))
                .extract()
                .header("Retry-After");
        assertTrue(Long.parseLong(retryAfter) > 0, "Retry-After " + retryAfter);
    }

    @Test
    void oneAddressRegistersOnlySoOftenAnHourWhileOthersGoOn() {
        String busy = newAddress();
        for (int i = 0; i < REGISTRATIONS_PER_ADDRESS; i++) {
            register(from(busy)).statusCode(201);
        }

        assertTooMany(register(from(busy)), "Too many registrations from your address");
        register(from(newAddress())).statusCode(201);
        register(Service.USER.request()).statusCode(201); // loopback, exempt in the local stack
    }

    @Test
    void failedLoginsFromOneAddressAcrossManyEmailsStopThatAddressEvenWithTheRightPassword() {
        Accounts.Account ann = Accounts.newUser();
        String guesser = newAddress();
        for (int i = 0; i < FAILED_LOGINS_PER_ADDRESS; i++) {
            // a new e-mail each time: the per-e-mail throttle (5) never trips
            login(from(guesser), Accounts.uniqueEmail("guess"), "wrong-password")
                    .statusCode(401);
        }

        assertTooMany(login(from(guesser), ann.email(), ann.password()), "Too many failed logins from your address");
        login(from(newAddress()), ann.email(), ann.password()).statusCode(200);
    }
}
