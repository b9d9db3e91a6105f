package org.onlinemart.user.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;
import org.onlinemart.user.application.IssuedToken;
import org.onlinemart.user.application.TokenIssuer;
import org.onlinemart.user.domain.User;

/**
 * Signs access tokens (RS256) with the claims MicroProfile JWT reads (DESIGN.md §2): iss, sub = user id,
 * upn = e-mail, groups = the role, name, iat, exp and a random jti; the header names the key (kid).
 */
@ApplicationScoped
public class JwtIssuer implements TokenIssuer {

    private Supplier<SigningKey> key;
    private String issuer;
    private Duration ttl;
    private Clock clock;

    protected JwtIssuer() {}

    @Inject
    public JwtIssuer(
            SigningKeys keys,
            @ConfigProperty(name = "jwt.issuer", defaultValue = "online-mart") String issuer,
            @ConfigProperty(name = "jwt.ttl.minutes", defaultValue = "60") long ttlMinutes) {
        this(keys::current, issuer, Duration.ofMinutes(ttlMinutes), Clock.systemUTC());
    }

    JwtIssuer(Supplier<SigningKey> key, String issuer, Duration ttl, Clock clock) {
        this.key = key;
        this.issuer = issuer;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public IssuedToken issue(User user) {
        return issue(
                user.id(), user.email(), user.name(), user.role().group(), user.earliestTokenIssue(clock.instant()));
    }

    IssuedToken issue(long userId, String email, String name, String group) {
        return issue(userId, email, name, group, clock.instant());
    }

    IssuedToken issue(long userId, String email, String name, String group, Instant issued) {
        NumericDate issuedAt = NumericDate.fromSeconds(issued.getEpochSecond());
        NumericDate expires = NumericDate.fromSeconds(issuedAt.getValue() + ttl.toSeconds());
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(Long.toString(userId));
        claims.setClaim("upn", email);
        claims.setStringListClaim("groups", List.of(group));
        claims.setClaim("name", name);
        claims.setIssuedAt(issuedAt);
        claims.setExpirationTime(expires);
        claims.setJwtId(UUID.randomUUID().toString());

        SigningKey signingKey = key.get();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(signingKey.privateKey());
        jws.setKeyIdHeaderValue(signingKey.kid());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return new IssuedToken(jws.getCompactSerialization(), ttl);
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign the token", e);
        }
    }
}
