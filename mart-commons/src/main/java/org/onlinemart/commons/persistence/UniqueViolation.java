package org.onlinemart.commons.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;

/** Recognises PostgreSQL's unique_violation (SQLSTATE 23505) anywhere in a failure's causes. */
public final class UniqueViolation {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {}

    /**
     * Stores a new entity and flushes at once (which also assigns a generated id), unless a unique index
     * says an equal one exists: then it answers false. The index, not a prior look-up, decides races.
     */
    public static boolean persistUnlessDuplicate(EntityManager entityManager, Object entity) {
        try {
            entityManager.persist(entity);
            entityManager.flush();
            return true;
        } catch (PersistenceException e) {
            if (causedBy(e)) {
                return false;
            }
            throw e;
        }
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
