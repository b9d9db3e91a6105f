package org.onlinemart.commons.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class FailureKindTest {

    /** As JTA, JPA and the pool hand it over: the driver's exception a few causes down. */
    private static RuntimeException wrapped(Throwable driver) {
        return new IllegalStateException("transaction failed", new RuntimeException("persistence", driver));
    }

    @Test
    void aLostOrRefusedConnectionPasses() {
        assertEquals(FailureKind.TRANSIENT, FailureKind.of(wrapped(new SQLException("refused", "08001"))));
        assertEquals(FailureKind.TRANSIENT, FailureKind.of(wrapped(new SQLException("I/O error", "08006"))));
        assertEquals(FailureKind.TRANSIENT, FailureKind.of(wrapped(new SQLTransientConnectionException("pool"))));
        assertEquals(FailureKind.TRANSIENT, FailureKind.of(wrapped(new ConnectException("Connection refused"))));
    }

    @Test
    void shutdownsTimeoutsAndSerializationFailuresPass() {
        assertEquals(FailureKind.TRANSIENT, FailureKind.of(wrapped(new SQLException("admin shutdown", "57P01"))));
        assertEquals(FailureKind.TRANSIENT, FailureKind.of(wrapped(new SQLException("starting up", "57P03"))));
        assertEquals(FailureKind.TRANSIENT, FailureKind.of(wrapped(new SQLException("statement timeout", "57014"))));
        assertEquals(FailureKind.TRANSIENT, FailureKind.of(wrapped(new SQLException("serialization", "40001"))));
        assertEquals(FailureKind.TRANSIENT, FailureKind.of(wrapped(new SQLException("deadlock", "40P01"))));
        assertEquals(FailureKind.TRANSIENT, FailureKind.of(wrapped(new SQLException("lock not available", "55P03"))));
    }

    @Test
    void aBrokenRuleOrABugFailsEveryTime() {
        assertEquals(FailureKind.PERMANENT, FailureKind.of(wrapped(new SQLException("duplicate key", "23505"))));
        assertEquals(FailureKind.PERMANENT, FailureKind.of(wrapped(new SQLException("no such column", "42703"))));
        assertEquals(FailureKind.PERMANENT, FailureKind.of(new IllegalArgumentException("quantity below 1")));
        assertEquals(FailureKind.PERMANENT, FailureKind.of(new NullPointerException()));
    }

    @Test
    void aChainedSqlExceptionCounts() {
        SQLException batch = new SQLException("batch failed", "HY000");
        batch.setNextException(new SQLException("connection lost", "08003"));
        assertEquals(FailureKind.TRANSIENT, FailureKind.of(wrapped(batch)));
    }
}
