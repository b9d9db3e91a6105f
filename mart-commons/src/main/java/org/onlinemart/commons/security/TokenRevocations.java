package org.onlinemart.commons.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.onlinemart.commons.events.TokensRevoked;
import org.onlinemart.commons.persistence.NativeTimestamps;
import org.onlinemart.commons.persistence.SchemaReady;

/**
 * The revoked tokens this service refuses, kept in its own database ({@code token_revocation}) and read from memory
 * on every request. The memory is reloaded every second, so that a revocation another instance of the service
 * recorded counts here within a second; one this instance records counts from its commit on.
 */
@ApplicationScoped
public class TokenRevocations {

    private static final Logger LOG = Logger.getLogger(TokenRevocations.class.getName());
    private static final long RELOAD_MILLIS = 1000;

    @PersistenceContext
    EntityManager entityManager;

    @Resource
    ManagedScheduledExecutorService executor;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final RevokedTokens revoked = new RevokedTokens(Clock.systemUTC());

    void start(@Observes SchemaReady schemaReady) {
        executor.scheduleWithFixedDelay(this::reload, 0, RELOAD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Stores a revocation (the later one wins) in the caller's transaction, and refuses its tokens once it commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(TokensRevoked revocation) {
        entityManager
                .createNativeQuery(
                        "INSERT INTO token_revocation (user_id, not_before, forget_after) VALUES (?1, ?2, ?3)"
                                + " ON CONFLICT (user_id) DO UPDATE SET"
                                + " not_before = GREATEST(token_revocation.not_before, EXCLUDED.not_before),"
                                + " forget_after = GREATEST(token_revocation.forget_after, EXCLUDED.forget_after)")
                .setParameter(1, revocation.userId())
                .setParameter(2, NativeTimestamps.parameter(revocation.notBefore()))
                .setParameter(3, NativeTimestamps.parameter(revocation.forgetAfter()))
                .executeUpdate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    revoked.add(revocation.userId(), revocation.notBefore());
                }
            }
        });
    }

    /**
     * Whether the user service revoked this token: one of {@code userId} issued at {@code issuedAtSecond} (the
     * token's {@code iat}, in seconds since the epoch).
     *
     * @throws IllegalStateException while the revocations have not been read from the database yet
     */
    public boolean isRevoked(long userId, long issuedAtSecond) {
        return revoked.isRevoked(userId, issuedAtSecond);
    }

    private void reload() {
        try {
            revoked.replaceWith(current());
        } catch (RuntimeException e) {
            // the last list stays in force; the database is probably away and says so elsewhere
            LOG.fine(() -> "Could not reload the token revocations: " + e);
        }
    }

    private Map<Long, Instant> current() {
        List<?> rows = entityManager
                .createNativeQuery("SELECT user_id, not_before FROM token_revocation WHERE forget_after > now()")
                .getResultList();
        Map<Long, Instant> notBefore = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            notBefore.put(((Number) columns[0]).longValue(), NativeTimestamps.instant(columns[1]));
        }
        return notBefore;
    }
}
