package org.onlinemart.user.infrastructure.persistence;

import jakarta.persistence.EntityManager;

/** PostgreSQL's two-key transaction locks: a namespace of our own, then the text's hash. */
final class AdvisoryLocks {

    private AdvisoryLocks() {}

    /** Waits for the lock on {@code text} in {@code namespace}; the transaction's end releases it. */
    static void lock(EntityManager entityManager, int namespace, String text) {
        entityManager
                .createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, namespace)
                .setParameter(2, text)
                .getSingleResult();
    }
}
