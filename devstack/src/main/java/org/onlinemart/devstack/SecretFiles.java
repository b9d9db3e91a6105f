package org.onlinemart.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secrets devstack makes for itself (the control API's, PostgreSQL's superuser password, the JWT keystore's):
 * random, hex-written, in files only their owner can read.
 */
public final class SecretFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretFiles() {}

    /** A new random secret of that many bytes, as hex. */
    public static String newSecret(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** Creation with owner read/write only, so that no other user can ever read the file, even for a moment. */
    public static FileAttribute<?> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    }

    /**
     * Writes the secret, replacing the file if there is one: first into an owner-only file beside it, then moved in
     * place, so that a reader finds the old secret or the new one, never half of one.
     */
    public static void write(Path file, String secret) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        Files.createFile(partial, ownerOnly());
        Files.writeString(partial, secret, StandardCharsets.US_ASCII);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
