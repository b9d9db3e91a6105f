package org.onlinemart.systemtests.compose;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml and the *-war modules (their server.xml and pom.xml), read once for all the compose
 * tests, which check one side against the other so that a port, database or module name changed on one
 * side only fails. Plain file reading: no Docker needed.
 */
final class ComposeProject {

    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");

    private static ComposeProject loaded;

    private final Path root;
    private final Map<String, Object> compose;
    private final Map<String, Map<String, Object>> services;
    private final List<WarModule> modules;

    /** The files do not change during a run, so every test class shares one reading. */
    static synchronized ComposeProject load() throws Exception {
        if (loaded == null) {
            loaded = new ComposeProject(repositoryRoot());
        }
        return loaded;
    }

    private ComposeProject(Path root) throws Exception {
        this.root = root;
        try (Reader reader = Files.newBufferedReader(root.resolve("docker-compose.yml"))) {
            compose = new Yaml().load(reader);
        }
        Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
        map(compose.get("services"), "services").forEach((name, body) -> byName.put(name, map(body, name)));
        services = Collections.unmodifiableMap(byName);
        List<WarModule> read = new ArrayList<>();
        try (Stream<Path> children = Files.list(root)) {
            List<Path> dirs = children.filter(Files::isDirectory)
                    .filter(dir -> dir.getFileName().toString().endsWith("-war"))
                    .sorted()
                    .toList();
            for (Path dir : dirs) {
                read.add(WarModule.read(root, dir));
            }
        }
        assertFalse(read.isEmpty(), "no *-war module folder in " + root);
        modules = List.copyOf(read);
    }

    Path root() {
        return root;
    }

    /** The whole parsed file, for its top-level keys. */
    Map<String, Object> compose() {
        return compose;
    }

    Map<String, Map<String, Object>> services() {
        return services;
    }

    List<WarModule> modules() {
        return modules;
    }

    Map<String, Object> service(WarModule module) {
        Map<String, Object> service = services.get(module.name());
        assertNotNull(service, "no compose service " + module.name());
        return service;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value, String what) {
        if (!(value instanceof Map)) {
            fail(what + " is not a mapping: " + value);
        }
        return (Map<String, Object>) value;
    }

    /** environment in map or list form; a variable without a value (passed through from the shell) maps to null. */
    static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> environment = new LinkedHashMap<>();
        Object raw = service.get("environment");
        if (raw instanceof Map<?, ?> entries) {
            entries.forEach(
                    (key, value) -> environment.put(String.valueOf(key), value == null ? null : String.valueOf(value)));
        } else if (raw instanceof List<?> entries) {
            for (Object entry : entries) {
                String text = String.valueOf(entry);
                int equals = text.indexOf('=');
                environment.put(
                        equals < 0 ? text : text.substring(0, equals), equals < 0 ? null : text.substring(equals + 1));
            }
        }
        return environment;
    }

    /** Each mapping as {published, target}; published is -1 when the port is not published to a fixed port. */
    static List<int[]> ports(Map<String, Object> service) {
        List<int[]> ports = new ArrayList<>();
        Object raw = service.get("ports");
        if (!(raw instanceof List<?> entries)) {
            return ports;
        }
        for (Object entry : entries) {
            if (entry instanceof Map<?, ?> longSyntax) {
                Object published = longSyntax.get("published");
                ports.add(new int[] {
                    published == null ? -1 : Integer.parseInt(resolve(String.valueOf(published))),
                    Integer.parseInt(String.valueOf(longSyntax.get("target")))
                });
            } else {
                String[] parts = resolve(String.valueOf(entry))
                        .replaceAll("/(tcp|udp)$", "")
                        .split(":");
                int target = Integer.parseInt(parts[parts.length - 1]);
                ports.add(new int[] {parts.length > 1 ? Integer.parseInt(parts[parts.length - 2]) : -1, target});
            }
        }
        return ports;
    }

    /** The value as compose would see it with no variables set: {@code ${X:-default}} becomes default. */
    static String resolve(String value) {
        if (value == null) {
            return null;
        }
        Matcher matcher = INTERPOLATION.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String replacement = matcher.group(2) != null && matcher.group(2).endsWith("-") ? matcher.group(3) : "";
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(resolved);
        return resolved.toString().replace("$$", "$");
    }

    /** A command in string or list form, as one line of words. */
    static String words(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(" "));
        }
        return value == null ? "" : String.valueOf(value);
    }

    /** A PostgreSQL JDBC URL as a URI with its port made explicit, so URLs compare by host, port and database. */
    static URI jdbcUri(String jdbcUrl) {
        assertNotNull(jdbcUrl, "no DB_URL");
        assertTrue(jdbcUrl.startsWith("jdbc:postgresql://"), "not a PostgreSQL JDBC URL: " + jdbcUrl);
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        return uri.getPort() < 0 ? URI.create(uri.getScheme() + "://" + uri.getHost() + ":5432" + uri.getPath()) : uri;
    }

    private static Path repositoryRoot() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new AssertionError(
                "no folder containing mvnw above " + Paths.get("").toAbsolutePath());
    }
}
