package it.onlinemart.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.onlinemart.Service;
import it.onlinemart.Traces;
import it.onlinemart.user.Accounts;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.VerificationJwkSelector;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * A bearer token is as good as a password until it expires: no service writes one down, in a log, a table or an
 * event (issue 13). Liberty's JWT check does log a token it refuses for a bad signature (CWWKS5523E and an FFDC
 * report; someone forging tokens is worth an ERROR line), so for logs the check is that nothing there verifies
 * against the user service's keys; tables and events hold nothing shaped like a JWT at all.
 */
@MicroShedTest
class TokensStayPrivateIT {

    /** A signed JWT: base64url JSON header and payload ({"... is eyJ), then a signature. */
    private static final String JWT = "eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{16,}";

    private static String customerToken;

    @BeforeAll
    static void tokensGoEverywhere() throws Exception {
        Accounts.Account ann = Accounts.newUser();
        customerToken = ann.token();
        // through every service, with answers good and bad, so that each had the chance to log it
        Revocations.CUSTOMER_READS.forEach(endpoint -> endpoint.callWith(customerToken));
        Revocations.ADMIN_READS.forEach(endpoint -> endpoint.callWith(customerToken));
        Service.ORDER.request(customerToken).body("{\"product_id\": ").post("/add-to-cart");
        Service.PAYMENT.request(customerToken).body(Map.of("order_id", 0)).post("/payments");
        // a token tampered with keeps the signature of the one it was made from, and Liberty logs it: made from
        // another login, so that the signature looked for below is one only a leak could put in a log
        String forged = ForgedTokens.tamperedFrom(Accounts.tokenFor(ann.email(), ann.password()));
        Revocations.CUSTOMER_READS.forEach(endpoint -> endpoint.callWith(forged));
        Revocations.changePassword(customerToken, "Pw-new-" + UUID.randomUUID());
        Revocations.awaitRefusedEverywhere(customerToken, Revocations.CUSTOMER_READS);
    }

    @Test
    void noServerLogHoldsATokenThatVerifies() throws Exception {
        assertEquals(List.of(), Traces.logsContaining(signatureOf(customerToken)));
        JsonWebKeySet keys =
                new JsonWebKeySet(Service.USER.request().get("/jwks").asString());
        List<String> usable = Traces.logMatches(Pattern.compile(JWT)).stream()
                .filter(token -> verifies(token, keys))
                .toList();
        assertEquals(List.of(), usable);
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

    /** Whether one of the keys the services trust signed exactly this header and payload. */
    private static boolean verifies(String token, JsonWebKeySet keys) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setCompactSerialization(token);
            JsonWebKey key = new VerificationJwkSelector().select(jws, keys.getJsonWebKeys());
            if (key == null) {
                return false;
            }
            jws.setKey(key.getKey());
            return jws.verifySignature();
        } catch (JoseException e) {
            return false;
        }
    }

    /** The part that makes a token usable; header and payload alone are no secret. */
    private static String signatureOf(String token) {
        return token.substring(token.lastIndexOf('.') + 1);
    }
}
