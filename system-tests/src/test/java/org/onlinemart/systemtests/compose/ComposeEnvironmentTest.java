package org.onlinemart.systemtests.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onlinemart.systemtests.compose.ComposeProject.environment;
import static org.onlinemart.systemtests.compose.ComposeProject.jdbcUri;
import static org.onlinemart.systemtests.compose.ComposeProject.ports;
import static org.onlinemart.systemtests.compose.ComposeProject.resolve;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each service's environment: only DESIGN.md §7 variables, all it needs, no secrets, and pointing at real
 * services.
 */
class ComposeEnvironmentTest {

    /** DESIGN.md §7: the configuration variables a service may be given. */
    private static final Set<String> DESIGN_VARIABLES = Set.of(
            "DB_URL",
            "DB_USER",
            "DB_PASSWORD",
            "KAFKA_BOOTSTRAP_SERVERS",
            "SMTP_HOST",
            "SMTP_PORT",
            "SMTP_USER",
            "SMTP_PASSWORD",
            "SMTP_FROM",
            "SMTP_STARTTLS",
            "JWT_ISSUER",
            "JWT_TTL_MINUTES",
            "ADMIN_EMAIL",
            "ADMIN_PASSWORD",
            "ORDER_REPLY_TIMEOUT_MS",
            "PAYMENT_GRACE_MINUTES",
            "USER_SERVICE_URL",
            // the user service's signing keystore (README, Security), beyond DESIGN.md §7
            "JWT_KEYSTORE_PATH",
            "JWT_KEYSTORE_PASSWORD",
            "JWT_KEY_ALIAS",
            "JWT_PREVIOUS_KEY_ALIAS");

    /** What every service needs: its database, Kafka, and the user service's /jwks to verify tokens. */
    private static final List<String> COMMON_VARIABLES =
            List.of("DB_URL", "DB_USER", "DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS", "JWT_ISSUER", "USER_SERVICE_URL");

    private static final Map<String, List<String>> OWN_VARIABLES = Map.of(
            "user",
                    List.of(
                            "JWT_TTL_MINUTES",
                            "ADMIN_EMAIL",
                            "ADMIN_PASSWORD",
                            "JWT_KEYSTORE_PATH",
                            "JWT_KEYSTORE_PASSWORD",
                            "JWT_KEY_ALIAS"),
            "notification",
                    List.of("SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASSWORD", "SMTP_FROM", "SMTP_STARTTLS"),
            "order", List.of("ORDER_REPLY_TIMEOUT_MS", "PAYMENT_GRACE_MINUTES"));

    /** Never written into the file: absent, passed through from the shell, or interpolated. */
    private static final List<String> SECRETS =
            List.of("ADMIN_PASSWORD", "SMTP_PASSWORD", "DB_PASSWORD", "JWT_KEYSTORE_PASSWORD");

    private static ComposeProject project;

    @BeforeAll
    static void load() throws Exception {
        project = ComposeProject.load();
    }

    @Test
    void databaseUrlNamesTheServersDatabaseOnThePostgresService() {
        for (WarModule module : project.modules()) {
            URI expected = jdbcUri(module.dbUrl());
            URI actual = jdbcUri(resolve(environment(project.service(module)).get("DB_URL")));
            assertEquals("postgres", actual.getHost(), module.name() + ": DB_URL host");
            assertTrue(
                    project.services().containsKey(actual.getHost()),
                    "DB_URL names host '" + actual.getHost() + "', not a compose service");
            assertEquals(5432, actual.getPort(), module.name() + ": DB_URL port");
            assertEquals(expected.getPath(), actual.getPath(), module.name() + ": DB_URL database vs server.xml");
        }
    }

    @Test
    void servicesAreGivenOnlyDesignVariables() {
        for (WarModule module : project.modules()) {
            Set<String> unknown =
                    new TreeSet<>(environment(project.service(module)).keySet());
            unknown.removeAll(DESIGN_VARIABLES);
            assertTrue(unknown.isEmpty(), module.name() + " gets variables not in DESIGN.md §7: " + unknown);
        }
    }

    @Test
    void servicesAreGivenEveryVariableTheyNeed() {
        for (WarModule module : project.modules()) {
            Set<String> needed = new LinkedHashSet<>(COMMON_VARIABLES);
            needed.addAll(OWN_VARIABLES.getOrDefault(module.name(), List.of()));
            Set<String> missing = new TreeSet<>(needed);
            missing.removeAll(environment(project.service(module)).keySet());
            assertTrue(missing.isEmpty(), module.name() + " lacks " + missing);
        }
    }

    @Test
    void secretsAreNotWrittenInTheFile() {
        for (WarModule module : project.modules()) {
            Map<String, String> environment = environment(project.service(module));
            for (String secret : SECRETS) {
                String value = environment.get(secret);
                assertTrue(
                        value == null || value.startsWith("${"),
                        module.name() + ": " + secret + " must come from the environment, not the file");
            }
        }
    }

    @Test
    void kafkaBootstrapServersIsTheKafkaServicesContainerListener() {
        for (WarModule module : project.modules()) {
            String bootstrap = resolve(environment(project.service(module)).get("KAFKA_BOOTSTRAP_SERVERS"));
            for (String server : bootstrap.split(",")) {
                String host = server.trim().substring(0, server.trim().lastIndexOf(':'));
                Map<String, Object> kafka = project.services().get(host);
                assertNotNull(
                        kafka, module.name() + ": KAFKA_BOOTSTRAP_SERVERS host '" + host + "' is no compose service");
                String advertised = resolve(environment(kafka).get("KAFKA_ADVERTISED_LISTENERS"));
                assertTrue(
                        advertised != null && advertised.contains("://" + server.trim()),
                        module.name() + ": " + server + " is not among " + host + "'s advertised listeners "
                                + advertised);
            }
        }
    }

    @Test
    void userServiceUrlPointsAtTheUserServicesPort() {
        WarModule user = project.modules().stream()
                .filter(m -> m.name().equals("user"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no user-war module"));
        for (WarModule module : project.modules()) {
            URI url = URI.create(resolve(environment(project.service(module)).get("USER_SERVICE_URL")));
            assertEquals(user.name(), url.getHost(), module.name() + ": USER_SERVICE_URL host");
            assertEquals(user.httpPort(), url.getPort(), module.name() + ": USER_SERVICE_URL port");
        }
    }

    @Test
    void smtpSettingsPointAtTheMailService() {
        for (WarModule module : project.modules()) {
            Map<String, String> environment = environment(project.service(module));
            if (!environment.containsKey("SMTP_HOST")) {
                continue;
            }
            String host = resolve(environment.get("SMTP_HOST"));
            Map<String, Object> smtp = project.services().get(host);
            assertNotNull(smtp, module.name() + ": SMTP_HOST '" + host + "' is no compose service");
            int port = Integer.parseInt(resolve(environment.get("SMTP_PORT")));
            assertTrue(
                    ports(smtp).stream().anyMatch(p -> p[1] == port),
                    module.name() + ": SMTP_PORT " + port + " is not a port of " + host);
        }
    }

    @Test
    void allServicesAgreeOnTheJwtIssuer() {
        Set<String> issuers = project.modules().stream()
                .map(module -> resolve(environment(project.service(module)).get("JWT_ISSUER")))
                .collect(Collectors.toSet());
        assertEquals(1, issuers.size(), "JWT_ISSUER differs between services: " + issuers);
    }
}
