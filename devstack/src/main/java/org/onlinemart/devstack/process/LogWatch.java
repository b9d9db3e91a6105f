package org.onlinemart.devstack.process;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads what a log gained since the last look and reports the first line matching a pattern. */
public final class LogWatch {

    private final Path file;
    private final Pattern pattern;
    private long offset;
    private String partialLine = "";

    public LogWatch(Path file, Pattern pattern) {
        this.file = file;
        this.pattern = pattern;
        this.offset = file.toFile().length(); // only what is written from now on
    }

    public Optional<String> nextMatch() {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            if (length <= offset) {
                return Optional.empty();
            }
            byte[] bytes = new byte[(int) Math.min(length - offset, 4 * 1024 * 1024)];
            raf.seek(offset);
            raf.readFully(bytes);
            offset += bytes.length;
            String text = partialLine + new String(bytes, StandardCharsets.UTF_8);
            int lastNewline = text.lastIndexOf('\n');
            partialLine = text.substring(lastNewline + 1);
            return text.substring(0, lastNewline + 1)
                    .lines()
                    .filter(line -> pattern.matcher(line).find())
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
