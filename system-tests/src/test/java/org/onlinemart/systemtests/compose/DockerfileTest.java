package org.onlinemart.systemtests.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onlinemart.systemtests.compose.ComposeProject.map;
import static org.onlinemart.systemtests.compose.ComposeProject.resolve;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The image compose builds: build context and args, what the Dockerfile copies, its ignore file, and image names. */
class DockerfileTest {

    private static ComposeProject project;

    @BeforeAll
    static void load() throws Exception {
        project = ComposeProject.load();
    }

    @Test
    void dockerBuildNamesTheModuleItsServerAndItsWar() throws IOException {
        for (WarModule module : project.modules()) {
            Map<String, Object> build = map(project.service(module).get("build"), module.name() + ".build");
            Path context =
                    project.root().resolve(String.valueOf(build.get("context"))).normalize();
            assertEquals(project.root(), context, module.name() + ": build context must be the repository root");
            Map<String, Object> args = map(build.get("args"), module.name() + ".build.args");
            assertEquals(module.name(), String.valueOf(args.get("SERVICE")), module.name() + ": build arg SERVICE");
            assertEquals(
                    String.valueOf(module.httpPort()),
                    String.valueOf(args.get("PORT")),
                    module.name() + ": build arg PORT");

            String dockerfile =
                    dockerfile(module).replace("${SERVICE}", module.name()).replace("$SERVICE", module.name());
            assertTrue(
                    dockerfile.matches("(?s).*\\nARG SERVICE\\b.*") && dockerfile.matches("(?s).*\\nARG PORT\\b.*"),
                    "the Dockerfile declares ARG SERVICE and ARG PORT");
            assertCopies(dockerfile, module.folder() + "/target/liberty-config/", "/config/");
            assertCopies(
                    dockerfile,
                    "target/liberty/wlp/usr/servers/" + module.server() + "/lib/postgresql.jar",
                    "/config/lib/");
            assertCopies(
                    dockerfile,
                    module.folder() + "/target/" + module.folder() + ".war",
                    "/config/apps/" + module.warLocation());
        }
    }

    @Test
    void dockerIgnoreKeepsWhatTheDockerfileCopies() throws IOException {
        for (WarModule module : project.modules()) {
            Path ignoreFile =
                    dockerfilePath(module).resolveSibling(dockerfilePath(module).getFileName() + ".dockerignore");
            if (!Files.exists(ignoreFile)) {
                continue;
            }
            List<String> patterns = Files.readAllLines(ignoreFile).stream()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
            String dockerfile = dockerfile(module).replace("${SERVICE}", module.name());
            Matcher copy = Pattern.compile("(?m)^COPY\\s+(?:--\\S+\\s+)*(\\S+)\\s+\\S+\\s*$")
                    .matcher(dockerfile);
            while (copy.find()) {
                String source = copy.group(1);
                assertFalse(
                        ignored(patterns, source),
                        module.name() + ": " + ignoreFile.getFileName() + " leaves out " + source);
            }
        }
    }

    @Test
    void imagesAreNamedWithoutARegistryHost() throws IOException {
        List<String> images = new ArrayList<>();
        project.services().values().forEach(service -> {
            if (service.get("image") != null) {
                images.add(resolve(String.valueOf(service.get("image"))));
            }
        });
        for (WarModule module : project.modules()) {
            Matcher from =
                    Pattern.compile("(?m)^(?:FROM|ARG BASE_IMAGE=)\\s*(\\S+)").matcher(dockerfile(module));
            while (from.find()) {
                if (!from.group(1).startsWith("$")) {
                    images.add(from.group(1));
                }
            }
        }
        assertFalse(images.isEmpty());
        for (String image : images) {
            String first = image.split("/")[0];
            assertFalse(
                    image.contains("/") && (first.contains(".") || first.contains(":") || first.equals("localhost")),
                    "image " + image + " names a registry host: use the plain Docker Hub name");
        }
    }

    private static Path dockerfilePath(WarModule module) {
        Map<String, Object> build = map(project.service(module).get("build"), module.name() + ".build");
        Object dockerfile = build.getOrDefault("dockerfile", "Dockerfile");
        return project.root()
                .resolve(String.valueOf(build.get("context")))
                .resolve(String.valueOf(dockerfile))
                .normalize();
    }

    private static String dockerfile(WarModule module) throws IOException {
        Path path = dockerfilePath(module);
        assertTrue(Files.isRegularFile(path), module.name() + ": no Dockerfile at " + path);
        return Files.readString(path);
    }

    private static void assertCopies(String dockerfile, String source, String target) {
        Pattern copy = Pattern.compile(
                "(?m)^COPY\\s+(?:--\\S+\\s+)*" + Pattern.quote(source) + "\\s+" + Pattern.quote(target) + "\\S*\\s*$");
        assertTrue(copy.matcher(dockerfile).find(), "the Dockerfile does not COPY " + source + " to " + target);
    }

    /** .dockerignore semantics: the last pattern matching the path or one of its parents decides. */
    private static boolean ignored(List<String> patterns, String source) {
        String path = source.replaceAll("/+$", "");
        boolean ignored = false;
        for (String pattern : patterns) {
            boolean exception = pattern.startsWith("!");
            String glob = (exception ? pattern.substring(1) : pattern)
                    .replaceAll("/+$", "")
                    .replaceAll("^/+", "");
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            for (Path candidate = Paths.get(path); candidate != null; candidate = candidate.getParent()) {
                if (matcher.matches(candidate)) {
                    ignored = !exception;
                    break;
                }
            }
        }
        return ignored;
    }
}
