package org.onlinemart.user.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.VerificationJwkSelector;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;
import org.onlinemart.user.application.IssuedToken;

class JwtIssuerTest {

    private static final SigningKey KEY = generatedKey();
    private static final Instant NOW = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS);

    private final JwtIssuer issuer =
            new JwtIssuer(() -> KEY, "online-mart", Duration.ofMinutes(60), Clock.fixed(NOW, ZoneOffset.UTC));

    private static SigningKey generatedKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return SigningKey.of(pair.getPrivate(), (RSAPublicKey) pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JwtConsumer consumerTrusting(JsonWebKey publicJwk) {
        return new JwtConsumerBuilder()
                .setVerificationKey(publicJwk.getKey())
                .setExpectedIssuer("online-mart")
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireJwtId()
                .setRequireSubject()
                .build();
    }

    private static JsonWebKey publishedJwk(SigningKey key) throws JoseException {
        return JsonWebKey.Factory.newJwk(key.publicJwk());
    }

    @Test
    void theTokenCarriesTheClaimsOfDesignSection2() throws Exception {
        String token = issuer.issue(42, "ann@example.org", "Ann Smith", "user").token();

        JwtClaims claims = consumerTrusting(publishedJwk(KEY)).processToClaims(token);
        assertEquals("online-mart", claims.getIssuer());
        assertEquals("42", claims.getSubject());
        assertEquals("ann@example.org", claims.getStringClaimValue("upn"));
        assertEquals(List.of("user"), claims.getStringListClaimValue("groups"));
        assertEquals("Ann Smith", claims.getStringClaimValue("name"));
        assertEquals(NOW.getEpochSecond(), claims.getIssuedAt().getValue());
        assertEquals(UUID.fromString(claims.getJwtId()).toString(), claims.getJwtId());
    }

    @Test
    void itExpiresTheTtlAfterItWasIssued() throws Exception {
        IssuedToken issued = issuer.issue(42, "ann@example.org", "Ann", "admin");

        JwtClaims claims = consumerTrusting(publishedJwk(KEY)).processToClaims(issued.token());
        assertEquals(
                claims.getIssuedAt().getValue() + 3600,
                claims.getExpirationTime().getValue());
        assertEquals(Duration.ofMinutes(60), issued.validFor());
    }

    @Test
    void aTokenIssuedRightAfterARevocationCarriesTheRevocationsLimitAsItsIssueTime() throws Exception {
        Instant limit = NOW.plusSeconds(1);

        JwtClaims claims = consumerTrusting(publishedJwk(KEY))
                .processToClaims(issuer.issue(42, "ann@example.org", "Ann", "user", limit)
                        .token());

        assertEquals(limit.getEpochSecond(), claims.getIssuedAt().getValue());
        assertEquals(limit.getEpochSecond() + 3600, claims.getExpirationTime().getValue());
    }

    @Test
    void everyTokenHasItsOwnId() throws Exception {
        JwtConsumer consumer = consumerTrusting(publishedJwk(KEY));

        String first = consumer.processToClaims(
                        issuer.issue(1, "a@example.org", "A", "user").token())
                .getJwtId();
        String second = consumer.processToClaims(
                        issuer.issue(1, "a@example.org", "A", "user").token())
                .getJwtId();

        assertNotEquals(first, second);
    }

    @Test
    void theHeaderNamesRs256AndTheKeyId() throws Exception {
        String token = issuer.issue(7, "b@example.org", "B", "admin").token();

        JsonWebSignature jws = (JsonWebSignature) JsonWebSignature.fromCompactSerialization(token);
        assertEquals("RS256", jws.getAlgorithmHeaderValue());
        assertEquals(KEY.kid(), jws.getKeyIdHeaderValue());
    }

    @Test
    void theSignatureVerifiesWithTheKeyFoundInThePublishedJwkSet() throws Exception {
        String token = issuer.issue(7, "b@example.org", "B", "admin").token();
        JsonWebKeySet published = new JsonWebKeySet(publishedJwk(KEY));

        JsonWebSignature jws = (JsonWebSignature) JsonWebSignature.fromCompactSerialization(token);
        JsonWebKey selected = new VerificationJwkSelector().select(jws, published.getJsonWebKeys());
        jws.setKey(selected.getKey());
        assertTrue(jws.verifySignature());
    }

    @Test
    void theSignatureFailsWithAnotherKey() throws Exception {
        String token = issuer.issue(7, "b@example.org", "B", "admin").token();

        JwtConsumer stranger = consumerTrusting(publishedJwk(generatedKey()));
        assertThrows(InvalidJwtException.class, () -> stranger.processToClaims(token));
    }

    @Test
    void thePublishedJwkIsPublicOnly() {
        Map<String, Object> jwk = KEY.publicJwk();

        assertEquals("RSA", jwk.get("kty"));
        assertEquals("RS256", jwk.get("alg"));
        assertEquals("sig", jwk.get("use"));
        assertEquals(KEY.kid(), jwk.get("kid"));
        assertTrue(jwk.containsKey("n") && jwk.containsKey("e"));
        for (String privatePart : List.of("d", "p", "q", "dp", "dq", "qi")) {
            assertFalse(jwk.containsKey(privatePart), privatePart);
        }
    }
}
