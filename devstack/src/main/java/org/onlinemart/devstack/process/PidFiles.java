package org.onlinemart.devstack.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.onlinemart.devstack.Log;

/**
 * {@code .devstack/pids/<part>.pid}: one file per running child (and the devstack JVM), so that `stop`
 * can still clean up when the devstack JVM itself was killed.
 */
public final class PidFiles {

    private final Path dir;

    public PidFiles(Path dir) {
        this.dir = dir;
    }

    public void write(String part, long pid) {
        try {
            Files.createDirectories(dir);
            Files.writeString(file(part), pid + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String part) {
        try {
            Files.deleteIfExists(file(part));
        } catch (IOException e) {
            Log.warn("cannot delete %s: %s", file(part), e.getMessage());
        }
    }

    /** Live processes named by the pid files. A pid reused by an unrelated process is ignored. */
    public Map<String, ProcessHandle> live() {
        Map<String, ProcessHandle> live = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return live;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".pid")).forEach(f -> {
                String part = f.getFileName().toString().replaceFirst("\\.pid$", "");
                ours(f).ifPresentOrElse(handle -> live.put(part, handle), () -> delete(part));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return live;
    }

    public Optional<ProcessHandle> live(String part) {
        return Files.isRegularFile(file(part)) ? ours(file(part)) : Optional.empty();
    }

    /** The process is ours if it started no later than the pid file was written (pids get reused). */
    private Optional<ProcessHandle> ours(Path file) {
        try {
            long pid = Long.parseLong(Files.readString(file).trim());
            Instant written = Files.getLastModifiedTime(file).toInstant();
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(h -> h.info()
                            .startInstant()
                            .map(s -> !s.isAfter(written.plusSeconds(2)))
                            .orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Path file(String part) {
        return dir.resolve(part + ".pid");
    }
}
