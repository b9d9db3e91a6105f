package it.onlinemart.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;
import it.onlinemart.Service;
import it.onlinemart.user.Accounts;
import java.util.List;
import java.util.stream.Stream;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.microshed.testing.jupiter.MicroShedTest;

/** Only tokens the user service signed, unexpired and untouched, get past any service. */
@MicroShedTest
class TokenVerificationIT {

    private static String userToken;
    private static List<Arguments> forgedTokens;

    @BeforeAll
    static void forgeTokens() throws Exception {
        userToken = Accounts.newUser().token();
        forgedTokens = List.of(
                Arguments.of("signed by another key", ForgedTokens.signedByAKeyTheUserServiceNeverHad()),
                Arguments.of("expired", ForgedTokens.expired()),
                Arguments.of("alg none", ForgedTokens.withAlgorithmNone()),
                Arguments.of("tampered payload", ForgedTokens.tamperedFrom(userToken)),
                Arguments.of("revoked", Revocations.ofACustomerWhoChangedTheirPassword()));
    }

    static Stream<ProtectedEndpoint> protectedEndpoints() {
        return ProtectedEndpoint.all().stream();
    }

    static Stream<ProtectedEndpoint> adminEndpoints() {
        return ProtectedEndpoint.forAdminsOnly().stream();
    }

    static Stream<Arguments> forgedTokensOnEveryEndpoint() {
        return ProtectedEndpoint.all().stream()
                .flatMap(endpoint ->
                        forgedTokens.stream().map(forged -> Arguments.of(endpoint, forged.get()[0], forged.get()[1])));
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protectedEndpoints")
    void withoutATokenItIs401(ProtectedEndpoint endpoint) {
        problem(endpoint.callWith(null), 401);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("forgedTokensOnEveryEndpoint")
    void aForgedTokenIs401(ProtectedEndpoint endpoint, String forgery, String token) {
        problem(endpoint.callWith(token), 401);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminEndpoints")
    void aUserTokenOnAnAdminEndpointIs403(ProtectedEndpoint endpoint) {
        problem(endpoint.callWith(userToken), 403);
    }

    /** Other services find the key of a token by its kid in /jwks: a fresh login's kid must be there. */
    @Test
    void theJwkSetNamesTheKeyAFreshLoginTokenIsSignedWith() throws Exception {
        String kid = JsonWebSignature.fromCompactSerialization(
                        Accounts.newUser().token())
                .getKeyIdHeaderValue();

        Service.USER.request().get("/jwks").then().statusCode(200).body("keys.kid", hasItem(kid));
    }

    /** The control for the refusals above: the same calls with the admin's real token get through. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("protectedEndpoints")
    void theAdminsRealTokenGetsThrough(ProtectedEndpoint endpoint) {
        endpoint.callWith(Accounts.adminToken())
                .statusCode(not(oneOf(401, 403)))
                .statusCode(not(oneOf(500, 502, 503)));
    }
}
