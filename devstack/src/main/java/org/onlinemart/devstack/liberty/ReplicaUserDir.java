package org.onlinemart.devstack.liberty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.stream.Stream;
import org.onlinemart.devstack.ServiceInstance;
import org.onlinemart.devstack.StackException;
import org.onlinemart.devstack.StackPaths;

/**
 * A replica's own Liberty user folder ({@code WLP_USER_DIR}) under .devstack/liberty/&lt;instance&gt;, holding a copy
 * of its service's server folder: Liberty expands the WAR into the server's configuration folder and keeps its
 * workarea and transaction log there, none of which two running servers may share. Copied again on each start, so
 * that a rebuilt WAR is the one that runs.
 */
final class ReplicaUserDir {

    /** What the first instance writes while it runs; a replica makes its own. */
    private static final Set<String> NOT_COPIED = Set.of("logs", "workarea", "tranlog", "expanded");

    private ReplicaUserDir() {}

    static Path prepare(StackPaths paths, ServiceInstance instance) {
        Path source = paths.wlp().resolve("usr").resolve("servers").resolve(instance.service());
        Path userDir = paths.state().resolve("liberty").resolve(instance.name());
        Path target = userDir.resolve("servers").resolve(instance.service());
        try (Stream<Path> files = Files.walk(source)) {
            files.filter(file -> source.relativize(file).toString().isEmpty() || copied(source.relativize(file)))
                    .forEach(file ->
                            copy(file, target.resolve(source.relativize(file).toString())));
        } catch (IOException | UncheckedIOException e) {
            throw new StackException("cannot copy " + source + " for " + instance.name() + ": " + e.getMessage(), e);
        }
        return userDir;
    }

    private static boolean copied(Path relative) {
        for (Path part : relative) {
            if (NOT_COPIED.contains(part.toString())) {
                return false;
            }
        }
        return true;
    }

    private static void copy(Path file, Path target) {
        try {
            if (Files.isDirectory(file)) {
                Files.createDirectories(target);
            } else {
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
