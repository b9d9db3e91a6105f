package it.onlinemart.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.onlinemart.Service;
import it.onlinemart.Traces;
import it.onlinemart.user.Accounts;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * A bearer token is as good as a password until it expires: no service writes one down, in a log, a table or an
 * event (issue 13). The checks look for this run's tokens and for anything shaped like a JWT at all.
 */
@MicroShedTest
class TokensStayPrivateIT {

    /** A signed JWT: base64url JSON header and payload ({"... is eyJ), then a signature. */
    private static final String JWT = "eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{16,}";

    private static String customerToken;
    private static String revokedToken;

    @BeforeAll
    static void tokensGoEverywhere() {
        Accounts.Account ann = Accounts.newUser();
        customerToken = ann.token();
        // through every service, with answers good and bad, so that each had the chance to log it
        Revocations.CUSTOMER_READS.forEach(endpoint -> endpoint.callWith(customerToken));
        Revocations.ADMIN_READS.forEach(endpoint -> endpoint.callWith(customerToken));
        Service.ORDER.request(customerToken).body("{\"product_id\": ").post("/add-to-cart");
        Service.PAYMENT.request(customerToken).body(Map.of("order_id", 0)).post("/payments");
        Revocations.changePassword(customerToken, "Pw-new-" + UUID.randomUUID());
        revokedToken = customerToken;
        Revocations.awaitRefusedEverywhere(revokedToken, Revocations.CUSTOMER_READS);
    }

    @Test
    void noServerLogHoldsATokenOrAnythingShapedLikeOne() throws Exception {
        assertEquals(List.of(), Traces.logsContaining(signatureOf(customerToken)));
        assertEquals(List.of(), Traces.logsMatching(Pattern.compile(JWT)));
    }

    @Test
    void noTableOfAnyServiceHoldsOne() throws Exception {
        assertEquals(List.of(), Traces.tablesContaining(signatureOf(customerToken)));
        assertEquals(List.of(), Traces.tablesMatching(JWT));
    }

    @Test
    void noKafkaEventHoldsOne() {
        Pattern jwt = Pattern.compile(JWT);
        assertEquals(
                List.of(),
                Traces.topicsWithEventsWhere(event -> event.contains(signatureOf(customerToken))
                        || jwt.matcher(event).find()));
    }

    /** The part that makes a token usable; header and payload alone are no secret. */
    private static String signatureOf(String token) {
        return token.substring(token.lastIndexOf('.') + 1);
    }
}
