package org.onlinemart.devstack.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PgHbaTest {

    /** The rules `initdb -A trust` writes (PostgreSQL 16), below its comments that name the method. */
    private static final String MADE_WITH_TRUST = """
            # METHOD can be "trust", "reject", "md5", "password", "scram-sha-256",
            # CAUTION: Configuring the system for local "trust" authentication
            # TYPE  DATABASE        USER            ADDRESS                 METHOD

            # "local" is for Unix domain socket connections only
            local   all             all                                     trust
            # IPv4 local connections:
            host    all             all             127.0.0.1/32            trust
            # IPv6 local connections:
            host    all             all             ::1/128                 trust
            local   replication     all                                     trust
            host    replication     all             127.0.0.1/32            trust
            host    replication     all             ::1/128                 trust # keep this comment: trust
            """;

    @Test
    void aFolderMadeWithTrustIsRecognised() {
        assertTrue(PgHba.trusts(MADE_WITH_TRUST));
        assertTrue(PgHba.trusts("host all all 127.0.0.1/32 trust"), "the last word of the file");
    }

    @Test
    void everyTrustRuleAsksForAScramPasswordAndTheRestIsKept() {
        String rewritten = PgHba.withoutTrust(MADE_WITH_TRUST);

        assertFalse(PgHba.trusts(rewritten));
        assertTrue(
                rewritten.contains("local   all             all                                     scram-sha-256\n"));
        assertTrue(
                rewritten.contains("host    all             all             127.0.0.1/32            scram-sha-256\n"));
        assertTrue(
                rewritten.contains("host    all             all             ::1/128                 scram-sha-256\n"));
        assertTrue(rewritten.contains("::1/128                 scram-sha-256 # keep this comment: trust\n"));
        assertTrue(rewritten.startsWith("# METHOD can be \"trust\""), "comments are left alone");
        assertEquals(MADE_WITH_TRUST.lines().count(), rewritten.lines().count());
        assertTrue(rewritten.endsWith("\n"));
    }

    @Test
    void aFolderWithPasswordsIsLeftAlone() {
        String scram = PgHba.withoutTrust(MADE_WITH_TRUST);

        assertFalse(PgHba.trusts(scram));
        assertEquals(scram, PgHba.withoutTrust(scram));
        assertFalse(PgHba.trusts("# only a comment: trust\nhost all trusted 127.0.0.1/32 md5\n"));
    }
}
