package org.onlinemart.user.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.onlinemart.user.domain.FailedLoginRepository;

/** The failed_login table, through SQL: rows are only inserted, counted and forgotten, never changed. */
@ApplicationScoped
public class JpaFailedLoginRepository implements FailedLoginRepository {

    /** First key of the two-key advisory locks on e-mails; the outbox relay locks a one-key (bigint) lock. */
    private static final int LOGIN_LOCKS = 0x6c6f67; // "log"

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public void lockAttemptsFor(String email) {
        entityManager
                .createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, LOGIN_LOCKS)
                .setParameter(2, email)
                .getSingleResult();
    }

    @Override
    public List<Instant> failuresAfter(String email, Instant after) {
        List<?> rows = entityManager
                .createNativeQuery("SELECT attempted_at FROM failed_login"
                        + " WHERE email = ?1 AND attempted_at > ?2 ORDER BY attempted_at")
                .setParameter(1, email)
                .setParameter(2, column(after))
                .getResultList();
        return rows.stream().map(JpaFailedLoginRepository::instant).toList();
    }

    @Override
    public void add(String email, Instant attemptedAt) {
        entityManager
                .createNativeQuery("INSERT INTO failed_login (email, attempted_at) VALUES (?1, ?2)")
                .setParameter(1, email)
                .setParameter(2, column(attemptedAt))
                .executeUpdate();
    }

    @Override
    public void forgetBefore(Instant cutoff) {
        entityManager
                .createNativeQuery("DELETE FROM failed_login WHERE attempted_at <= ?1")
                .setParameter(1, column(cutoff))
                .executeUpdate();
    }

    private static OffsetDateTime column(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Object column) {
        if (column instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (column instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + column.getClass());
    }
}
