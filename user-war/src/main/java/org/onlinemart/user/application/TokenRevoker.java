package org.onlinemart.user.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onlinemart.commons.events.TokensRevoked;
import org.onlinemart.commons.outbox.Outbox;
import org.onlinemart.commons.security.TokenRevocations;

/**
 * Makes a user's revoked tokens refused everywhere: here at once, in the caller's transaction, and in every other
 * service through the {@code token_revocation} event that commits with it.
 */
@ApplicationScoped
public class TokenRevoker {

    private static final Logger LOG = Logger.getLogger(TokenRevoker.class.getName());
    /** Verifiers accept a token this long past its exp (Liberty's default clock skew is 5 minutes). */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

    public enum Reason {
        PASSWORD_CHANGED,
        USER_DELETED
    }

    private TokenRevocations revocations;
    private Outbox outbox;
    private Duration tokenLifetime;

    protected TokenRevoker() {}

    @Inject
    public TokenRevoker(
            TokenRevocations revocations,
            Outbox outbox,
            @ConfigProperty(name = "jwt.ttl.minutes", defaultValue = "60") long ttlMinutes) {
        this.revocations = revocations;
        this.outbox = outbox;
        this.tokenLifetime = Duration.ofMinutes(ttlMinutes);
    }

    /** Every token of the user issued before {@code notBefore} is refused from the commit on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revoke(long userId, Instant notBefore, Reason reason) {
        TokensRevoked revocation = TokensRevoked.of(
                userId, notBefore, notBefore.plus(tokenLifetime).plus(CLOCK_SKEW), reason.name());
        revocations.record(revocation);
        outbox.enqueue(revocation);
        LOG.info(() -> "Revoked the tokens of user " + userId + " issued before " + notBefore + " (" + reason + ")");
    }
}
