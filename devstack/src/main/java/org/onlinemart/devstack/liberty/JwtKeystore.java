package org.onlinemart.devstack.liberty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.onlinemart.devstack.Log;
import org.onlinemart.devstack.SecretFiles;
import org.onlinemart.devstack.StackException;
import org.onlinemart.devstack.process.LogTail;

/**
 * The user service's signing key on the local stack: a PKCS12 keystore made once with the JDK's keytool, its random
 * password in a file beside it, both readable by their owner only. Kept across restarts, so tokens outlive them;
 * deleting the folder makes a new key on the next start (and signs everybody out).
 */
public record JwtKeystore(Path folder) {

    public static final String ALIAS = "jwt-1";
    private static final int PASSWORD_BYTES = 24;

    public Path file() {
        return folder.resolve("jwt.p12");
    }

    public Path passwordFile() {
        return folder.resolve("keystore-password");
    }

    /** The keystore's password, after making the keystore if there is none yet. */
    public String ensure() {
        synchronized (JwtKeystore.class) { // the user service's replicas may ask at once
            try {
                if (Files.isRegularFile(file())) {
                    return readPassword();
                }
                return create();
            } catch (IOException e) {
                throw new StackException("cannot prepare the JWT keystore in " + folder + ": " + e.getMessage(), e);
            }
        }
    }

    private String readPassword() throws IOException {
        if (!Files.isRegularFile(passwordFile())) {
            throw new StackException(file() + " exists but its password file " + passwordFile() + " does not: delete "
                    + folder + " to have a new key made (tokens signed with the old one are then refused)");
        }
        return Files.readString(passwordFile(), StandardCharsets.US_ASCII).trim();
    }

    private String create() throws IOException {
        Files.createDirectories(
                folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        String password = SecretFiles.newSecret(PASSWORD_BYTES);
        SecretFiles.write(passwordFile(), password);
        Path partial = folder.resolve("jwt.p12.partial");
        Files.deleteIfExists(partial);
        keytool(partial, password);
        Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
        Files.move(partial, file(), StandardCopyOption.ATOMIC_MOVE);
        Log.info("liberty: made the user service's signing key (%s, alias %s)", file(), ALIAS);
        return password;
    }

    /** The password reaches keytool through its environment, never its command line (which ps shows). */
    private static void keytool(Path keystore, String password) throws IOException {
        Path output = keystore.resolveSibling("keytool.out");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        ALIAS,
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-validity",
                        "3650",
                        "-dname",
                        "CN=online-mart",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keystore.toString(),
                        "-storepass:env",
                        "JWT_KEYSTORE_PASSWORD"))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("JWT_KEYSTORE_PASSWORD", password);
        try {
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new StackException("keytool did not finish within 120 s");
            }
            if (process.exitValue() != 0) {
                throw new StackException(
                        "keytool failed (exit " + process.exitValue() + "):\n" + LogTail.of(output, 20));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while making the JWT keystore");
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
