package org.onlinemart.user.infrastructure.persistence;

import static org.onlinemart.commons.persistence.NativeTimestamps.parameter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.onlinemart.commons.persistence.NativeTimestamps;
import org.onlinemart.user.domain.RegistrationAttemptRepository;

/** The registration_attempt table, through SQL: rows are only inserted, counted and forgotten. */
@ApplicationScoped
public class JpaRegistrationAttemptRepository implements RegistrationAttemptRepository {

    /** First key of the locks on registering addresses, apart from the logins' namespaces. */
    private static final int REGISTRATION_LOCKS = 0x726567; // "reg"

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public void lockAttemptsFromAddress(String clientAddress) {
        AdvisoryLocks.lock(entityManager, REGISTRATION_LOCKS, clientAddress);
    }

    @Override
    public List<Instant> attemptsAfter(String clientAddress, Instant after) {
        List<?> rows = entityManager
                .createNativeQuery("SELECT attempted_at FROM registration_attempt"
                        + " WHERE client_address = ?1 AND attempted_at > ?2 ORDER BY attempted_at")
                .setParameter(1, clientAddress)
                .setParameter(2, parameter(after))
                .getResultList();
        return rows.stream().map(NativeTimestamps::instant).toList();
    }

    @Override
    public void add(String clientAddress, Instant attemptedAt) {
        entityManager
                .createNativeQuery("INSERT INTO registration_attempt (client_address, attempted_at) VALUES (?1, ?2)")
                .setParameter(1, clientAddress)
                .setParameter(2, parameter(attemptedAt))
                .executeUpdate();
    }

    @Override
    public void forgetBefore(Instant cutoff) {
        entityManager
                .createNativeQuery("DELETE FROM registration_attempt WHERE attempted_at <= ?1")
                .setParameter(1, parameter(cutoff))
                .executeUpdate();
    }
}
