package org.onlinemart.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackPathsTest {

    @Test
    void rootIsTheFolderWithPomAndWrapperNotAModule(@TempDir Path repo) throws IOException {
        Files.writeString(repo.resolve("pom.xml"), "<project/>");
        Files.writeString(repo.resolve("mvnw"), "#!/bin/sh");
        Path module = Files.createDirectories(repo.resolve("devstack").resolve("src"));
        Files.writeString(repo.resolve("devstack").resolve("pom.xml"), "<project/>");
        assertEquals(Optional.of(repo), StackPaths.findRootAbove(module));
        StackPaths paths = new StackPaths(repo);
        assertEquals(repo.resolve(".devstack/logs/kafka.log"), paths.log("kafka"));
        assertEquals(repo.resolve("target/liberty/wlp"), paths.wlp());
    }

    @Test
    void noRootFound(@TempDir Path empty) {
        assertTrue(StackPaths.findRootAbove(empty).isEmpty());
    }

    @Test
    void aFolderBehindAClosedParentCannotBeEnteredByOthers(@TempDir Path temp) throws IOException {
        Path closed = Files.createDirectories(temp.resolve("closed"));
        Path repo = Files.createDirectories(closed.resolve("repo"));
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(repo, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertTrue(StackPaths.enterableByOthers(repo));

        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));

        assertFalse(StackPaths.enterableByOthers(repo));
    }
}
