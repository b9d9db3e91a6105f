package org.onlinemart.devstack.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.onlinemart.devstack.SecretFiles;
import org.onlinemart.devstack.StackException;

/**
 * The local PostgreSQL's superuser password: random, made once and kept in a file readable by its owner only, so
 * that another user of the machine cannot log in as postgres on 127.0.0.1:5432 (the services use the mart role).
 */
public final class PostgresAdminPassword {

    /** The superuser initdb creates; only devstack logs in as it, to create the role and databases. */
    public static final String USER = "postgres";

    private static final int BYTES = 24;

    private PostgresAdminPassword() {}

    /** The password in file, after writing a new one there if there is none yet. */
    public static String ensure(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            String password = SecretFiles.newSecret(BYTES);
            SecretFiles.write(file, password);
            return password;
        } catch (IOException e) {
            throw new StackException("cannot keep the PostgreSQL admin password in " + file + ": " + e.getMessage(), e);
        }
    }
}
