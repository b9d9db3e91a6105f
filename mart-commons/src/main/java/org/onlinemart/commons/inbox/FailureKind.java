package org.onlinemart.commons.inbox;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether applying an event failed for a reason that passes (the database away, a lock or statement timeout, a
 * serialization failure: trying again later will work) or for one that fails every time (an event that breaks a
 * rule, a bug). Read from the whole cause chain, since JTA, JPA and the pool wrap the driver's exception.
 */
public enum FailureKind {
    TRANSIENT,
    PERMANENT;

    /**
     * SQLSTATE classes and codes that pass: 08 connection, 40 transaction rollback (serialization failure,
     * deadlock), 53 insufficient resources, 57 operator intervention (shutdown, statement timeout, starting up),
     * 58 system error; and 55P03, lock not available.
     */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "40", "53", "57", "58");

    private static final Set<String> TRANSIENT_STATES = Set.of("55P03");

    /** Simple names, so that this holds for jakarta.persistence without depending on a provider's classes. */
    private static final Set<String> TRANSIENT_TYPES = Set.of(
            "LockTimeoutException", "PessimisticLockException", "QueryTimeoutException", "OptimisticLockException");

    public static FailureKind of(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (passes(cause)) {
                return TRANSIENT;
            }
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql.getNextException(); next != null; next = next.getNextException()) {
                    if (passes(next)) {
                        return TRANSIENT;
                    }
                }
            }
        }
        return PERMANENT;
    }

    private static boolean passes(Throwable cause) {
        if (cause instanceof SQLTransientException
                || cause instanceof SQLRecoverableException
                || cause instanceof ConnectException
                || cause instanceof SocketTimeoutException
                || cause instanceof SocketException
                || TRANSIENT_TYPES.contains(cause.getClass().getSimpleName())) {
            return true;
        }
        if (cause instanceof SQLException sql
                && sql.getSQLState() != null
                && sql.getSQLState().length() >= 2) {
            String state = sql.getSQLState();
            return TRANSIENT_CLASSES.contains(state.substring(0, 2)) || TRANSIENT_STATES.contains(state);
        }
        return false;
    }
}
