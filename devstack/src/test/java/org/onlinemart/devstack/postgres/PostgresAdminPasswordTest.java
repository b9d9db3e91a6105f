package org.onlinemart.devstack.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresAdminPasswordTest {

    @TempDir
    Path state;

    @Test
    void aRandomPasswordIsWrittenOwnerOnlyAndKept() throws Exception {
        Path file = state.resolve("postgres-admin-password");

        String password = PostgresAdminPassword.ensure(file);

        assertTrue(password.matches("[0-9a-f]{48}"), password);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(password, PostgresAdminPassword.ensure(file), "the next start reuses it");
        try (var files = Files.list(state)) {
            assertEquals(1, files.count(), "no partial file is left behind");
        }
    }
}
