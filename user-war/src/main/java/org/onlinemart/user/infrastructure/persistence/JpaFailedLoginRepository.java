package org.onlinemart.user.infrastructure.persistence;

import static org.onlinemart.commons.persistence.NativeTimestamps.parameter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.onlinemart.commons.persistence.NativeTimestamps;
import org.onlinemart.user.domain.FailedLoginRepository;

/** The failed_login table, through SQL: rows are only inserted, counted and forgotten, never changed. */
@ApplicationScoped
public class JpaFailedLoginRepository implements FailedLoginRepository {

    /** First key of the two-key advisory locks on e-mails; the outbox relay locks a one-key (bigint) lock. */
    private static final int LOGIN_LOCKS = 0x6c6f67; // "log"
    /** First key of the locks on client addresses, apart from the e-mails' and the registrations'. */
    private static final int ADDRESS_LOCKS = 0x6c6f61; // "loa"

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public void lockAttemptsFor(String email) {
        AdvisoryLocks.lock(entityManager, LOGIN_LOCKS, email);
    }

    @Override
    public void lockAttemptsFromAddress(String clientAddress) {
        AdvisoryLocks.lock(entityManager, ADDRESS_LOCKS, clientAddress);
    }

    @Override
    public List<Instant> failuresAfter(String email, Instant after) {
        return times(
                "SELECT attempted_at FROM failed_login WHERE email = ?1 AND attempted_at > ?2"
                        + " ORDER BY attempted_at",
                email,
                after);
    }

    @Override
    public List<Instant> failuresFromAddressAfter(String clientAddress, Instant after) {
        return times(
                "SELECT attempted_at FROM failed_login WHERE client_address = ?1 AND attempted_at > ?2"
                        + " ORDER BY attempted_at",
                clientAddress,
                after);
    }

    private List<Instant> times(String query, String key, Instant after) {
        List<?> rows = entityManager
                .createNativeQuery(query)
                .setParameter(1, key)
                .setParameter(2, parameter(after))
                .getResultList();
        return rows.stream().map(NativeTimestamps::instant).toList();
    }

    @Override
    public void add(String email, String clientAddress, Instant attemptedAt) {
        entityManager
                .createNativeQuery("INSERT INTO failed_login (email, client_address, attempted_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, email)
                .setParameter(2, clientAddress)
                .setParameter(3, parameter(attemptedAt))
                .executeUpdate();
    }

    @Override
    public void forgetBefore(Instant cutoff) {
        entityManager
                .createNativeQuery("DELETE FROM failed_login WHERE attempted_at <= ?1")
                .setParameter(1, parameter(cutoff))
                .executeUpdate();
    }
}
