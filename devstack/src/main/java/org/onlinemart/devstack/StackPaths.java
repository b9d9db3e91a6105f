package org.onlinemart.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.onlinemart.devstack.process.JarLocation;

/** Where the repository is and where the stack keeps its state (under {@code <repo>/.devstack}). */
public record StackPaths(Path repoRoot) {

    static StackPaths discover() {
        String property = System.getProperty("mart.root");
        if (property != null && !property.isBlank()) {
            return new StackPaths(Path.of(property).toAbsolutePath().normalize());
        }
        return findRootAbove(Path.of("").toAbsolutePath())
                .or(() -> JarLocation.directory().flatMap(StackPaths::findRootAbove))
                .map(StackPaths::new)
                .orElseThrow(() ->
                        new StackException("cannot find the repository root (a folder with pom.xml and mvnw) above "
                                + Path.of("").toAbsolutePath() + "; run from the repository or pass"
                                + " -Dmart.root=<repo>"));
    }

    /** The nearest folder holding both pom.xml and mvnw: module folders have a pom but no wrapper. */
    static Optional<Path> findRootAbove(Path start) {
        for (Path dir = start.normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isRegularFile(dir.resolve("mvnw"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    public Path state() {
        return repoRoot.resolve(".devstack");
    }

    /** The control API's secret of the running stack ({@code up} writes it, its clients read it). */
    public Path controlSecret() {
        return state().resolve("control-secret");
    }

    /** The user service's signing keystore and its password (liberty/JwtKeystore), owner-only. */
    public Path jwt() {
        return state().resolve("jwt");
    }

    public Path logs() {
        return state().resolve("logs");
    }

    public Path log(String part) {
        return logs().resolve(part + ".log");
    }

    Path pids() {
        return state().resolve("pids");
    }

    public Path pgData() {
        return postgresHome().resolve("pgdata");
    }

    /** The local PostgreSQL's superuser password (postgres/PostgresAdminPassword), owner-only. */
    public Path postgresAdminPassword() {
        return state().resolve("postgres-admin-password");
    }

    public Path pgBin() {
        return postgresHome().resolve("pg-bin");
    }

    /**
     * PostgreSQL's binaries and data: in {@code .devstack} like the rest, unless devstack runs as root from a
     * folder other users cannot enter (such as /root). PostgreSQL then runs as an unprivileged user who
     * could not reach them there, so they live in a folder of their own under /var/lib, one per repository.
     */
    Path postgresHome() {
        if (!"root".equals(System.getProperty("user.name")) || enterableByOthers(repoRoot)) {
            return state();
        }
        return Path.of("/var/lib/onlinemart-devstack", shortHash(repoRoot.toString()));
    }

    static boolean enterableByOthers(Path folder) {
        for (Path dir = folder.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            try {
                if (!Files.getPosixFilePermissions(dir).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return true;
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path kafka() {
        return state().resolve("kafka");
    }

    /** The one Liberty installation that the lead's build creates for all six servers. */
    public Path wlp() {
        return repoRoot.resolve("target").resolve("liberty").resolve("wlp");
    }
}
