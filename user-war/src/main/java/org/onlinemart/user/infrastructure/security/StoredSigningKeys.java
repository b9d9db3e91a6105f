package org.onlinemart.user.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The development signing key in the signing_key table: made once, then shared by restarts and instances. */
@ApplicationScoped
public class StoredSigningKeys {

    /** A two-key advisory lock, apart from the outbox relay's one-key lock and the login locks. */
    private static final int KEY_LOCK = 0x6b6579; // "key"

    @PersistenceContext
    EntityManager entityManager;

    /** The newest stored key; if there is none, generates one and stores it (one instance at a time). */
    @Transactional
    public SigningKey loadOrCreate() {
        entityManager
                .createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(?1, 0)")
                .setParameter(1, KEY_LOCK)
                .getSingleResult();
        List<?> rows = entityManager
                .createNativeQuery("SELECT private_key, public_key FROM signing_key ORDER BY created_at DESC LIMIT 1")
                .getResultList();
        if (!rows.isEmpty()) {
            Object[] row = (Object[]) rows.get(0);
            return SigningKey.decode((String) row[0], (String) row[1]);
        }
        SigningKey key = SigningKey.generate();
        entityManager
                .createNativeQuery(
                        "INSERT INTO signing_key (kid, private_key, public_key, created_at) VALUES (?1, ?2, ?3, now())")
                .setParameter(1, key.kid())
                .setParameter(2, key.encodedPrivateKey())
                .setParameter(3, key.encodedPublicKey())
                .executeUpdate();
        return key;
    }
}
