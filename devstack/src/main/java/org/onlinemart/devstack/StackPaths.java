package org.onlinemart.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the repository is and where the stack keeps its state (all under {@code <repo>/.devstack}). */
record StackPaths(Path repoRoot) {

    static StackPaths discover() {
        String property = System.getProperty("mart.root");
        if (property != null && !property.isBlank()) {
            return new StackPaths(Path.of(property).toAbsolutePath().normalize());
        }
        return findRootAbove(Path.of("").toAbsolutePath())
                .or(() -> JarLocation.directory().flatMap(StackPaths::findRootAbove))
                .map(StackPaths::new)
                .orElseThrow(() -> new StackException(
                        "cannot find the repository root (a folder with pom.xml and mvnw) above "
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

    Path state() {
        return repoRoot.resolve(".devstack");
    }

    Path logs() {
        return state().resolve("logs");
    }

    Path log(String part) {
        return logs().resolve(part + ".log");
    }

    Path pids() {
        return state().resolve("pids");
    }

    Path pgData() {
        return state().resolve("pgdata");
    }

    Path pgBin() {
        return state().resolve("pg-bin");
    }

    Path kafka() {
        return state().resolve("kafka");
    }

    /** The one Liberty installation that the lead's build creates for all six servers. */
    Path wlp() {
        return repoRoot.resolve("target").resolve("liberty").resolve("wlp");
    }
}
