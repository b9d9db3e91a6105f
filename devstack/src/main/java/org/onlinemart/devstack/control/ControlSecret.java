package org.onlinemart.devstack.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Optional;
import org.onlinemart.devstack.SecretFiles;
import org.onlinemart.devstack.StackException;

/**
 * The secret every call to the control API carries in {@value #HEADER}: made anew by each {@code up}, kept in
 * .devstack/control-secret readable by its owner only. Whoever can read the stack's folder may switch it; a web page
 * in the developer's browser, or another user of the machine, may not.
 */
public final class ControlSecret {

    public static final String HEADER = "X-Devstack-Secret";
    private static final int BYTES = 32;

    private ControlSecret() {}

    /** A new secret, written (owner read/write only) over any earlier one. */
    public static String create(Path file) {
        String secret = SecretFiles.newSecret(BYTES);
        try {
            SecretFiles.write(file, secret);
            return secret;
        } catch (IOException e) {
            throw new StackException("cannot write the control API's secret " + file + ": " + e.getMessage(), e);
        }
    }

    /** The running stack's secret; empty when no stack has written one (or it cannot be read). */
    public static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.US_ASCII).trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Compares in constant time, so the answer's timing tells nothing about the secret. */
    static boolean matches(String expected, String given) {
        return given != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }
}
