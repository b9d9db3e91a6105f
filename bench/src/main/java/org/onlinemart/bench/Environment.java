package org.onlinemart.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Where and on what the numbers were measured, so that two reports can be told apart. commit is null outside git. */
record Environment(
        Instant date,
        int cores,
        String javaVersion,
        String javaVm,
        String os,
        String commit,
        Boolean uncommittedChanges) {

    static Environment capture(Path repositoryFolder) {
        String commit = git(repositoryFolder, "rev-parse", "HEAD");
        String changes = commit == null ? null : git(repositoryFolder, "status", "--porcelain", "--untracked-files=no");
        return new Environment(
                Instant.now(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                commit,
                changes == null ? null : !changes.isEmpty());
    }

    /** git's trimmed output, or null when git is missing, fails or takes too long. */
    private static String git(Path folder, String... arguments) {
        try {
            List<String> command = new ArrayList<>(List.of("git", "-C", folder.toString()));
            command.addAll(List.of(arguments));
            Process git = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try (InputStream out = git.getInputStream()) {
                String text = new String(out.readAllBytes(), StandardCharsets.UTF_8).trim();
                boolean exited = git.waitFor(5, TimeUnit.SECONDS);
                return exited && git.exitValue() == 0 ? text : null;
            } finally {
                git.destroy();
            }
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
