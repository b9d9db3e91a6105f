package org.onlinemart.systemtests.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.Yaml;

/**
 * Checks docker-compose.yml, docker/ and the Liberty Dockerfile against the service modules themselves
 * (their server.xml and pom.xml), so that a port, database or module name changed on one side only fails
 * here. A plain unit test: it needs no Docker.
 */
class DockerComposeFileTest {

    /** DESIGN.md §7: the configuration variables a service may be given. */
    private static final Set<String> DESIGN_VARIABLES = Set.of(
            "DB_URL", "DB_USER", "DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS",
            "SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASSWORD", "SMTP_FROM", "SMTP_STARTTLS",
            "JWT_ISSUER", "JWT_TTL_MINUTES", "ADMIN_EMAIL", "ADMIN_PASSWORD",
            "ORDER_REPLY_TIMEOUT_MS", "PAYMENT_GRACE_MINUTES", "USER_SERVICE_URL");

    /** DESIGN.md §4: the Kafka topics (3 partitions, replication factor 1 in the single-broker stack). */
    private static final List<String> DESIGN_TOPICS = List.of(
            "inventory_creation", "product_data", "inventory_data", "get_product_details",
            "products_details_response", "inventory_details_response", "inventory_deduction",
            "inventory_deduction_result", "inventory_release", "order_notification", "order_status",
            "payment_status", "payment_notification");

    /** What every service needs: its database, Kafka, and the user service's /jwks to verify tokens. */
    private static final List<String> COMMON_VARIABLES = List.of(
            "DB_URL", "DB_USER", "DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS", "JWT_ISSUER", "USER_SERVICE_URL");

    private static final Map<String, List<String>> OWN_VARIABLES = Map.of(
            "user", List.of("JWT_TTL_MINUTES", "ADMIN_EMAIL", "ADMIN_PASSWORD"),
            "notification", List.of("SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASSWORD", "SMTP_FROM", "SMTP_STARTTLS"),
            "order", List.of("ORDER_REPLY_TIMEOUT_MS", "PAYMENT_GRACE_MINUTES"));

    /** Never written into the file: absent, passed through from the shell, or interpolated. */
    private static final List<String> SECRETS = List.of("ADMIN_PASSWORD", "SMTP_PASSWORD", "DB_PASSWORD");

    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");
    private static final Pattern READY_URL = Pattern.compile("https?://(?:localhost|127\\.0\\.0\\.1):(\\d+)/health/ready\\b");
    private static final Pattern TOPIC_OPTION = Pattern.compile("--topic\\s+(\\S+)");

    private static Path root;
    private static Map<String, Object> compose;
    private static Map<String, Map<String, Object>> services;
    private static List<Module> modules;

    /** A *-war module: compose service {@code name}, Liberty server {@code server}, its server.xml defaults. */
    record Module(String name, Path dir, String server, int httpPort, String dbUrl, String warLocation) {
        String folder() {
            return dir.getFileName().toString();
        }
    }

    @BeforeAll
    static void load() throws Exception {
        root = repositoryRoot();
        try (Reader reader = Files.newBufferedReader(root.resolve("docker-compose.yml"))) {
            compose = new Yaml().load(reader);
        }
        services = new LinkedHashMap<>();
        map(compose.get("services"), "services").forEach((name, body) -> services.put(name, map(body, name)));
        try (Stream<Path> children = Files.list(root)) {
            List<Path> dirs = children.filter(Files::isDirectory)
                    .filter(dir -> dir.getFileName().toString().endsWith("-war")).sorted().toList();
            modules = new ArrayList<>();
            for (Path dir : dirs) {
                modules.add(readModule(dir));
            }
        }
        assertFalse(modules.isEmpty(), "no *-war module folder in " + root);
    }

    @Test
    void composeFileFollowsTheComposeSpecWithoutVersionKey() {
        assertFalse(compose.containsKey("version"), "the Compose spec has no version: key");
    }

    @Test
    void everyWarModuleHasAComposeServiceOfItsName() {
        for (Module module : modules) {
            assertTrue(services.containsKey(module.name()), "no compose service '" + module.name() + "' for " + module.folder());
        }
    }

    @Test
    void everyBuiltComposeServiceIsAWarModule() {
        Set<String> moduleNames = modules.stream().map(Module::name).collect(Collectors.toSet());
        services.forEach((name, service) -> {
            if (service.containsKey("build")) {
                assertTrue(moduleNames.contains(name), "compose builds '" + name + "' but there is no " + name + "-war module");
            }
        });
    }

    @Test
    void publishedPortIsTheServersHttpPort() {
        for (Module module : modules) {
            List<int[]> ports = ports(service(module));
            assertEquals(1, ports.size(), module.name() + ": expected one port mapping, got " + ports.size());
            assertEquals(module.httpPort(), ports.get(0)[1], module.name() + ": container port vs server.xml HTTP_PORT");
            assertEquals(module.httpPort(), ports.get(0)[0], module.name() + ": published port vs server.xml HTTP_PORT");
        }
    }

    @Test
    void healthcheckAsksTheServersReadinessEndpoint() {
        for (Module module : modules) {
            Map<String, Object> healthcheck = map(service(module).get("healthcheck"), module.name() + ".healthcheck");
            Matcher url = READY_URL.matcher(words(healthcheck.get("test")));
            assertTrue(url.find(), module.name() + ": healthcheck does not call /health/ready");
            assertEquals(module.httpPort(), Integer.parseInt(url.group(1)), module.name() + ": healthcheck port");
        }
    }

    @Test
    void databaseUrlNamesTheServersDatabaseOnThePostgresService() {
        for (Module module : modules) {
            URI expected = jdbcUri(module.dbUrl());
            URI actual = jdbcUri(resolve(environment(service(module)).get("DB_URL")));
            assertEquals("postgres", actual.getHost(), module.name() + ": DB_URL host");
            assertTrue(services.containsKey(actual.getHost()), "DB_URL names host '" + actual.getHost() + "', not a compose service");
            assertEquals(5432, actual.getPort(), module.name() + ": DB_URL port");
            assertEquals(expected.getPath(), actual.getPath(), module.name() + ": DB_URL database vs server.xml");
        }
    }

    @Test
    void servicesAreGivenOnlyDesignVariables() {
        for (Module module : modules) {
            Set<String> unknown = new TreeSet<>(environment(service(module)).keySet());
            unknown.removeAll(DESIGN_VARIABLES);
            assertTrue(unknown.isEmpty(), module.name() + " gets variables not in DESIGN.md §7: " + unknown);
        }
    }

    @Test
    void servicesAreGivenEveryVariableTheyNeed() {
        for (Module module : modules) {
            Set<String> needed = new LinkedHashSet<>(COMMON_VARIABLES);
            needed.addAll(OWN_VARIABLES.getOrDefault(module.name(), List.of()));
            Set<String> missing = new TreeSet<>(needed);
            missing.removeAll(environment(service(module)).keySet());
            assertTrue(missing.isEmpty(), module.name() + " lacks " + missing);
        }
    }

    @Test
    void secretsAreNotWrittenInTheFile() {
        for (Module module : modules) {
            Map<String, String> environment = environment(service(module));
            for (String secret : SECRETS) {
                String value = environment.get(secret);
                assertTrue(value == null || value.startsWith("${"),
                        module.name() + ": " + secret + " must come from the environment, not the file");
            }
        }
    }

    @Test
    void kafkaBootstrapServersIsTheKafkaServicesContainerListener() {
        for (Module module : modules) {
            String bootstrap = resolve(environment(service(module)).get("KAFKA_BOOTSTRAP_SERVERS"));
            for (String server : bootstrap.split(",")) {
                String host = server.trim().substring(0, server.trim().lastIndexOf(':'));
                Map<String, Object> kafka = services.get(host);
                assertNotNull(kafka, module.name() + ": KAFKA_BOOTSTRAP_SERVERS host '" + host + "' is no compose service");
                String advertised = resolve(environment(kafka).get("KAFKA_ADVERTISED_LISTENERS"));
                assertTrue(advertised != null && advertised.contains("://" + server.trim()),
                        module.name() + ": " + server + " is not among " + host + "'s advertised listeners " + advertised);
            }
        }
    }

    @Test
    void userServiceUrlPointsAtTheUserServicesPort() {
        Module user = modules.stream().filter(m -> m.name().equals("user")).findFirst()
                .orElseThrow(() -> new AssertionError("no user-war module"));
        for (Module module : modules) {
            URI url = URI.create(resolve(environment(service(module)).get("USER_SERVICE_URL")));
            assertEquals(user.name(), url.getHost(), module.name() + ": USER_SERVICE_URL host");
            assertEquals(user.httpPort(), url.getPort(), module.name() + ": USER_SERVICE_URL port");
        }
    }

    @Test
    void smtpSettingsPointAtTheMailService() {
        for (Module module : modules) {
            Map<String, String> environment = environment(service(module));
            if (!environment.containsKey("SMTP_HOST")) {
                continue;
            }
            String host = resolve(environment.get("SMTP_HOST"));
            Map<String, Object> smtp = services.get(host);
            assertNotNull(smtp, module.name() + ": SMTP_HOST '" + host + "' is no compose service");
            int port = Integer.parseInt(resolve(environment.get("SMTP_PORT")));
            assertTrue(ports(smtp).stream().anyMatch(p -> p[1] == port), module.name() + ": SMTP_PORT " + port + " is not a port of " + host);
        }
    }

    @Test
    void allServicesAgreeOnTheJwtIssuer() {
        Set<String> issuers = modules.stream()
                .map(module -> resolve(environment(service(module)).get("JWT_ISSUER")))
                .collect(Collectors.toSet());
        assertEquals(1, issuers.size(), "JWT_ISSUER differs between services: " + issuers);
    }

    @Test
    void servicesStartAfterTheDatabaseIsHealthyAndTheTopicsExist() {
        for (Module module : modules) {
            Map<String, Object> dependsOn = map(service(module).get("depends_on"), module.name() + ".depends_on");
            assertEquals("service_healthy", condition(dependsOn, "postgres"), module.name() + " -> postgres");
            assertEquals("service_completed_successfully", condition(dependsOn, "kafka-init"), module.name() + " -> kafka-init");
        }
        Map<String, Object> initDependsOn = map(services.get("kafka-init").get("depends_on"), "kafka-init.depends_on");
        assertEquals("service_healthy", condition(initDependsOn, "kafka"), "kafka-init -> kafka");
    }

    @Test
    void kafkaInitCreatesEveryDesignTopic() {
        List<String> lines = kafkaInitLines();
        for (String topic : DESIGN_TOPICS) {
            List<String> creating = lines.stream()
                    .filter(line -> line.matches(".*--topic\\s+" + Pattern.quote(topic) + "(\\s.*)?"))
                    .toList();
            assertEquals(1, creating.size(), "kafka-init lines for topic " + topic + ": " + creating);
            String line = creating.get(0);
            assertTrue(line.contains("/opt/kafka/bin/kafka-topics.sh"), topic + ": " + line);
            assertTrue(line.matches(".*--create(\\s.*)?") && line.matches(".*--if-not-exists(\\s.*)?"), topic + ": " + line);
            assertTrue(line.matches(".*--partitions\\s+3(\\s.*)?"), topic + ": 3 partitions");
            assertTrue(line.matches(".*--replication-factor\\s+1(\\s.*)?"), topic + ": replication factor 1");
            assertTrue(line.matches(".*--bootstrap-server\\s+kafka:9092(\\s.*)?"), topic + ": bootstrap server");
        }
    }

    @Test
    void kafkaInitCreatesNoTopicOutsideTheDesign() {
        Set<String> created = new TreeSet<>();
        for (String line : kafkaInitLines()) {
            Matcher topic = TOPIC_OPTION.matcher(line);
            while (topic.find()) {
                created.add(topic.group(1));
            }
        }
        created.removeAll(DESIGN_TOPICS);
        assertTrue(created.isEmpty(), "kafka-init creates topics not in DESIGN.md §4: " + created);
    }

    @Test
    void kafkaCreatesNoTopicsByItself() {
        assertEquals("false", resolve(environment(services.get("kafka")).get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")));
    }

    @Test
    void postgresInitScriptCreatesTheRoleAndEveryServiceDatabase() throws IOException {
        String script = Files.readString(postgresInitScript());
        Set<String> users = modules.stream().map(m -> resolve(environment(service(m)).get("DB_USER"))).collect(Collectors.toSet());
        for (String user : users) {
            assertTrue(Pattern.compile("(?i)CREATE\\s+(ROLE|USER)\\s+\"?" + Pattern.quote(user) + "\\b").matcher(script).find(),
                    "the init script does not create role " + user);
        }
        for (Module module : modules) {
            String database = jdbcUri(module.dbUrl()).getPath().substring(1);
            assertTrue(Pattern.compile("(?i)CREATE\\s+DATABASE\\s+\"?" + Pattern.quote(database) + "\\b").matcher(script).find(),
                    "the init script does not create database " + database);
        }
    }

    @Test
    void dockerBuildNamesTheModuleItsServerAndItsWar() throws IOException {
        for (Module module : modules) {
            Map<String, Object> build = map(service(module).get("build"), module.name() + ".build");
            Path context = root.resolve(String.valueOf(build.get("context"))).normalize();
            assertEquals(root, context, module.name() + ": build context must be the repository root");
            Map<String, Object> args = map(build.get("args"), module.name() + ".build.args");
            assertEquals(module.name(), String.valueOf(args.get("SERVICE")), module.name() + ": build arg SERVICE");
            assertEquals(String.valueOf(module.httpPort()), String.valueOf(args.get("PORT")), module.name() + ": build arg PORT");

            String dockerfile = dockerfile(module).replace("${SERVICE}", module.name()).replace("$SERVICE", module.name());
            assertTrue(dockerfile.matches("(?s).*\\nARG SERVICE\\b.*") && dockerfile.matches("(?s).*\\nARG PORT\\b.*"),
                    "the Dockerfile declares ARG SERVICE and ARG PORT");
            assertCopies(dockerfile, module.folder() + "/target/liberty-config/", "/config/");
            assertCopies(dockerfile, "target/liberty/wlp/usr/servers/" + module.server() + "/lib/postgresql.jar", "/config/lib/");
            assertCopies(dockerfile, module.folder() + "/target/" + module.folder() + ".war", "/config/apps/" + module.warLocation());
        }
    }

    @Test
    void dockerIgnoreKeepsWhatTheDockerfileCopies() throws IOException {
        for (Module module : modules) {
            Path ignoreFile = dockerfilePath(module).resolveSibling(dockerfilePath(module).getFileName() + ".dockerignore");
            if (!Files.exists(ignoreFile)) {
                continue;
            }
            List<String> patterns = Files.readAllLines(ignoreFile).stream().map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            String dockerfile = dockerfile(module).replace("${SERVICE}", module.name());
            Matcher copy = Pattern.compile("(?m)^COPY\\s+(?:--\\S+\\s+)*(\\S+)\\s+\\S+\\s*$").matcher(dockerfile);
            while (copy.find()) {
                String source = copy.group(1);
                assertFalse(ignored(patterns, source), module.name() + ": " + ignoreFile.getFileName() + " leaves out " + source);
            }
        }
    }

    @Test
    void imagesAreNamedWithoutARegistryHost() throws IOException {
        List<String> images = new ArrayList<>();
        services.values().forEach(service -> {
            if (service.get("image") != null) {
                images.add(resolve(String.valueOf(service.get("image"))));
            }
        });
        for (Module module : modules) {
            Matcher from = Pattern.compile("(?m)^(?:FROM|ARG BASE_IMAGE=)\\s*(\\S+)").matcher(dockerfile(module));
            while (from.find()) {
                if (!from.group(1).startsWith("$")) {
                    images.add(from.group(1));
                }
            }
        }
        assertFalse(images.isEmpty());
        for (String image : images) {
            String first = image.split("/")[0];
            assertFalse(image.contains("/") && (first.contains(".") || first.contains(":") || first.equals("localhost")),
                    "image " + image + " names a registry host: use the plain Docker Hub name");
        }
    }

    // --- the modules -------------------------------------------------------------------------------

    private static Module readModule(Path dir) throws Exception {
        String folder = dir.getFileName().toString();
        String name = folder.substring(0, folder.length() - "-war".length());
        Path serverXml = dir.resolve("src/main/liberty/config/server.xml");
        assertTrue(Files.isRegularFile(serverXml), folder + " has no " + root.relativize(serverXml));
        Document server = parse(serverXml);
        Map<String, String> variables = new LinkedHashMap<>();
        NodeList nodes = server.getElementsByTagName("variable");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element variable = (Element) nodes.item(i);
            String value = variable.hasAttribute("defaultValue") ? variable.getAttribute("defaultValue") : variable.getAttribute("value");
            variables.put(variable.getAttribute("name"), value);
        }
        assertNotNull(variables.get("HTTP_PORT"), serverXml + ": no HTTP_PORT variable");
        assertNotNull(variables.get("DB_URL"), serverXml + ": no DB_URL variable");
        NodeList apps = server.getElementsByTagName("webApplication");
        assertEquals(1, apps.getLength(), serverXml + ": expected one webApplication");
        String location = ((Element) apps.item(0)).getAttribute("location");

        String serverName = name;
        Path pom = dir.resolve("pom.xml");
        if (Files.exists(pom)) {
            NodeList property = parse(pom).getElementsByTagName("mart.service");
            if (property.getLength() > 0) {
                serverName = property.item(0).getTextContent().trim();
            }
        }
        return new Module(name, dir, serverName, Integer.parseInt(variables.get("HTTP_PORT").trim()),
                variables.get("DB_URL").trim(), location);
    }

    private static Document parse(Path xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newDocumentBuilder().parse(xml.toFile());
    }

    private static Path repositoryRoot() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new AssertionError("no folder containing mvnw above " + Paths.get("").toAbsolutePath());
    }

    // --- the compose file --------------------------------------------------------------------------

    private static Map<String, Object> service(Module module) {
        Map<String, Object> service = services.get(module.name());
        assertNotNull(service, "no compose service " + module.name());
        return service;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        if (!(value instanceof Map)) {
            fail(what + " is not a mapping: " + value);
        }
        return (Map<String, Object>) value;
    }

    /** environment in map or list form; a variable without a value (passed through from the shell) maps to null. */
    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> environment = new LinkedHashMap<>();
        Object raw = service.get("environment");
        if (raw instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> environment.put(String.valueOf(key), value == null ? null : String.valueOf(value)));
        } else if (raw instanceof List<?> entries) {
            for (Object entry : entries) {
                String text = String.valueOf(entry);
                int equals = text.indexOf('=');
                environment.put(equals < 0 ? text : text.substring(0, equals), equals < 0 ? null : text.substring(equals + 1));
            }
        }
        return environment;
    }

    /** Each mapping as {published, target}; published is -1 when the port is not published to a fixed port. */
    private static List<int[]> ports(Map<String, Object> service) {
        List<int[]> ports = new ArrayList<>();
        Object raw = service.get("ports");
        if (!(raw instanceof List<?> entries)) {
            return ports;
        }
        for (Object entry : entries) {
            if (entry instanceof Map<?, ?> longSyntax) {
                Object published = longSyntax.get("published");
                ports.add(new int[] {published == null ? -1 : Integer.parseInt(resolve(String.valueOf(published))),
                        Integer.parseInt(String.valueOf(longSyntax.get("target")))});
            } else {
                String[] parts = resolve(String.valueOf(entry)).replaceAll("/(tcp|udp)$", "").split(":");
                int target = Integer.parseInt(parts[parts.length - 1]);
                ports.add(new int[] {parts.length > 1 ? Integer.parseInt(parts[parts.length - 2]) : -1, target});
            }
        }
        return ports;
    }

    private static String condition(Map<String, Object> dependsOn, String service) {
        assertTrue(dependsOn.containsKey(service), "depends_on lacks " + service);
        Object body = dependsOn.get(service);
        return body instanceof Map<?, ?> map ? String.valueOf(map.get("condition")) : "service_started";
    }

    private static List<String> kafkaInitLines() {
        Map<String, Object> init = services.get("kafka-init");
        assertNotNull(init, "no kafka-init service");
        String script = words(init.get("entrypoint")) + "\n" + words(init.get("command"));
        return script.replace("\\\n", " ").lines().map(String::trim).toList();
    }

    private static Path postgresInitScript() {
        Object volumes = services.get("postgres").get("volumes");
        assertTrue(volumes instanceof List<?>, "postgres has no volumes");
        for (Object volume : (List<?>) volumes) {
            String source;
            String target;
            if (volume instanceof Map<?, ?> longSyntax) {
                source = String.valueOf(longSyntax.get("source"));
                target = String.valueOf(longSyntax.get("target"));
            } else {
                String[] parts = String.valueOf(volume).split(":");
                source = parts[0];
                target = parts.length > 1 ? parts[1] : "";
            }
            if (target.startsWith("/docker-entrypoint-initdb.d")) {
                Path script = root.resolve(source).normalize();
                assertTrue(Files.isRegularFile(script), "postgres init script " + source + " does not exist");
                return script;
            }
        }
        throw new AssertionError("postgres mounts no init script into /docker-entrypoint-initdb.d");
    }

    /** The value as compose would see it with no variables set: {@code ${X:-default}} becomes default. */
    private static String resolve(String value) {
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

    private static String words(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(" "));
        }
        return value == null ? "" : String.valueOf(value);
    }

    private static URI jdbcUri(String jdbcUrl) {
        assertNotNull(jdbcUrl, "no DB_URL");
        assertTrue(jdbcUrl.startsWith("jdbc:postgresql://"), "not a PostgreSQL JDBC URL: " + jdbcUrl);
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        return uri.getPort() < 0 ? URI.create(uri.getScheme() + "://" + uri.getHost() + ":5432" + uri.getPath()) : uri;
    }

    // --- the Dockerfile ----------------------------------------------------------------------------

    private static Path dockerfilePath(Module module) {
        Map<String, Object> build = map(service(module).get("build"), module.name() + ".build");
        Object dockerfile = build.getOrDefault("dockerfile", "Dockerfile");
        return root.resolve(String.valueOf(build.get("context"))).resolve(String.valueOf(dockerfile)).normalize();
    }

    private static String dockerfile(Module module) throws IOException {
        Path path = dockerfilePath(module);
        assertTrue(Files.isRegularFile(path), module.name() + ": no Dockerfile at " + path);
        return Files.readString(path);
    }

    private static void assertCopies(String dockerfile, String source, String target) {
        Pattern copy = Pattern.compile("(?m)^COPY\\s+(?:--\\S+\\s+)*" + Pattern.quote(source) + "\\s+" + Pattern.quote(target) + "\\S*\\s*$");
        assertTrue(copy.matcher(dockerfile).find(), "the Dockerfile does not COPY " + source + " to " + target);
    }

    /** .dockerignore semantics: the last pattern matching the path or one of its parents decides. */
    private static boolean ignored(List<String> patterns, String source) {
        String path = source.replaceAll("/+$", "");
        boolean ignored = false;
        for (String pattern : patterns) {
            boolean exception = pattern.startsWith("!");
            String glob = (exception ? pattern.substring(1) : pattern).replaceAll("/+$", "").replaceAll("^/+", "");
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
