package org.onlinemart.devstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What this run of the stack should start, read once from the environment. An external PostgreSQL, Kafka
 * or SMTP server replaces the local one; DEVSTACK_SERVICES narrows the Liberty servers (empty: none) and
 * DEVSTACK_REPLICAS runs some of them more than once; DEVSTACK_ONE_SERVER runs the six services in one Liberty server.
 */
public record StackSettings(
        Optional<String> postgresUrl,
        String postgresAdminUser,
        String postgresAdminPassword,
        Optional<String> kafkaBootstrap,
        Optional<String> smtpHost,
        List<String> services,
        Map<String, Integer> replicas,
        Duration startTimeout,
        int controlPort,
        boolean prometheus,
        boolean oneServer) {

    static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(420);

    public static StackSettings from(Map<String, String> env) {
        return new StackSettings(
                nonBlank(env, "POSTGRES_URL").map(StackSettings::withoutTrailingSlash),
                nonBlank(env, "POSTGRES_ADMIN_USER").orElse("postgres"),
                env.getOrDefault("POSTGRES_ADMIN_PASSWORD", ""),
                nonBlank(env, "KAFKA_BOOTSTRAP_SERVERS"),
                nonBlank(env, "SMTP_HOST"),
                services(env.get("DEVSTACK_SERVICES")),
                replicas(env.get("DEVSTACK_REPLICAS"), services(env.get("DEVSTACK_SERVICES"))),
                nonBlank(env, "DEVSTACK_START_TIMEOUT_SECONDS")
                        .map(seconds -> Duration.ofSeconds(number("DEVSTACK_START_TIMEOUT_SECONDS", seconds)))
                        .orElse(DEFAULT_START_TIMEOUT),
                nonBlank(env, "DEVSTACK_CONTROL_PORT")
                        .map(port -> (int) number("DEVSTACK_CONTROL_PORT", port))
                        .orElse(StackPorts.CONTROL_DEFAULT),
                nonBlank(env, "DEVSTACK_PROMETHEUS").map(Boolean::parseBoolean).orElse(false),
                nonBlank(env, "DEVSTACK_ONE_SERVER").map(Boolean::parseBoolean).orElse(false));
    }

    public StackSettings {
        if (oneServer) {
            requireOneServerFits(services, replicas, prometheus);
        }
    }

    /** These settings with Prometheus asked for ({@code --with-prometheus}). */
    public StackSettings withPrometheus() {
        return with(true, oneServer);
    }

    /** These settings with the six services in one Liberty server ({@code --one-server}). */
    public StackSettings withOneServer() {
        return with(prometheus, true);
    }

    private StackSettings with(boolean prometheus, boolean oneServer) {
        return new StackSettings(
                postgresUrl,
                postgresAdminUser,
                postgresAdminPassword,
                kafkaBootstrap,
                smtpHost,
                services,
                replicas,
                startTimeout,
                controlPort,
                prometheus,
                oneServer);
    }

    /**
     * The one server holds all six services once each; Prometheus's dashboard reads each service's own /metrics,
     * which the one server serves together on the user service's port.
     */
    private static void requireOneServerFits(List<String> services, Map<String, Integer> replicas, boolean prometheus) {
        if (!services.equals(List.copyOf(StackPorts.SERVICES.keySet())) || !replicas.isEmpty()) {
            throw new StackException("the one-server option (DEVSTACK_ONE_SERVER, --one-server) runs each of the six"
                    + " services once: leave DEVSTACK_SERVICES and DEVSTACK_REPLICAS unset");
        }
        if (prometheus) {
            throw new StackException("Prometheus (--with-prometheus) runs with the six servers, whose /metrics its"
                    + " dashboard reads one by one; leave out --one-server or DEVSTACK_ONE_SERVER");
        }
    }

    public boolean localPostgres() {
        return postgresUrl.isEmpty();
    }

    public boolean localKafka() {
        return kafkaBootstrap.isEmpty();
    }

    public boolean localSmtp() {
        return smtpHost.isEmpty();
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrap.orElse(StackPorts.HOST + ":" + StackPorts.KAFKA);
    }

    /** JDBC URL of the server without a database, e.g. jdbc:postgresql://127.0.0.1:5432 */
    public String postgresServerUrl() {
        return postgresUrl.orElse("jdbc:postgresql://" + StackPorts.HOST + ":" + StackPorts.POSTGRES);
    }

    /** Unset: all six services; set but empty: none; otherwise the listed ones, in the usual order. */
    static List<String> services(String list) {
        if (list == null) {
            return List.copyOf(StackPorts.SERVICES.keySet());
        }
        List<String> wanted =
                Arrays.stream(list.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        wanted.forEach(StackPorts::servicePort);
        List<String> ordered = new ArrayList<>(StackPorts.SERVICES.keySet());
        ordered.retainAll(wanted);
        return List.copyOf(ordered);
    }

    /** The Liberty servers to start: each selected service once, or as often as DEVSTACK_REPLICAS asks. */
    public List<ServiceInstance> instances() {
        return services.stream()
                .flatMap(service -> ServiceInstance.of(service, replicas.getOrDefault(service, 1)).stream())
                .toList();
    }

    /** "order=2,inventory=2": instances per service (unnamed services run once), each a selected service. */
    static Map<String, Integer> replicas(String list, List<String> services) {
        Map<String, Integer> replicas = new LinkedHashMap<>();
        if (list == null || list.isBlank()) {
            return Map.of();
        }
        for (String entry : list.trim().split("[,\\s]+")) {
            String[] serviceAndCount = entry.split("=", 2);
            if (serviceAndCount.length != 2 || !services.contains(serviceAndCount[0])) {
                throw new StackException("DEVSTACK_REPLICAS takes service=count pairs of started services, e.g."
                        + " order=2,inventory=2; not '" + entry + "'");
            }
            int count = (int) number("DEVSTACK_REPLICAS", serviceAndCount[1]);
            ServiceInstance.of(serviceAndCount[0], count); // refuses a count out of range
            replicas.put(serviceAndCount[0], count);
        }
        return Map.copyOf(replicas);
    }

    private static Optional<String> nonBlank(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(value -> !value.isEmpty());
    }

    private static long number(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new StackException(name + " must be a whole number, not '" + value + "'");
        }
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
