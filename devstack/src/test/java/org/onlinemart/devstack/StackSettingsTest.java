package org.onlinemart.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackSettingsTest {

    @Test
    void everythingLocalByDefault() {
        StackSettings settings = StackSettings.from(Map.of());
        assertTrue(settings.localPostgres() && settings.localKafka() && settings.localSmtp());
        assertEquals(List.of("user", "inventory", "product", "order", "notification", "payment"), settings.services());
        assertEquals(Duration.ofSeconds(420), settings.startTimeout());
        assertEquals(8099, settings.controlPort());
        assertEquals("postgres", settings.postgresAdminUser());
    }

    @Test
    void servicesCanBeNarrowedOrLeftOut() {
        assertEquals(
                List.of(), StackSettings.from(Map.of("DEVSTACK_SERVICES", "")).services());
        assertEquals(
                List.of("inventory", "product"),
                StackSettings.from(Map.of("DEVSTACK_SERVICES", "product, inventory"))
                        .services());
        assertThrows(StackException.class, () -> StackSettings.from(Map.of("DEVSTACK_SERVICES", "shipping")));
    }

    @Test
    void replicasAddInstancesOnTheirOwnPorts() {
        StackSettings settings =
                StackSettings.from(Map.of("DEVSTACK_SERVICES", "inventory,order", "DEVSTACK_REPLICAS", "order=2"));
        assertEquals(
                List.of("inventory", "order", "order-2"),
                settings.instances().stream().map(ServiceInstance::name).toList());
        assertEquals(
                List.of(8002, 8004, 8104),
                settings.instances().stream().map(ServiceInstance::port).toList());
        assertEquals(
                List.of(8002, 8004, 8104, 8099),
                List.copyOf(new PortCheck(StackSettings.from(Map.of(
                                "DEVSTACK_SERVICES", "inventory,order",
                                "DEVSTACK_REPLICAS", "order=2",
                                "POSTGRES_URL", "jdbc:postgresql://db:5432",
                                "KAFKA_BOOTSTRAP_SERVERS", "k:9092",
                                "SMTP_HOST", "mail")))
                        .portsInUse()
                        .keySet()));
    }

    @Test
    void replicasOfAServiceNotStartedOrOutOfRangeAreRefused() {
        for (String replicas : List.of("payment=2", "order=0", "order=5", "order", "order=two")) {
            assertThrows(
                    StackException.class,
                    () -> StackSettings.from(Map.of("DEVSTACK_SERVICES", "order", "DEVSTACK_REPLICAS", replicas)),
                    replicas);
        }
    }

    @Test
    void oneServerRunsEachOfTheSixOnceWithoutPrometheus() {
        assertFalse(StackSettings.from(Map.of()).oneServer());
        assertTrue(StackSettings.from(Map.of("DEVSTACK_ONE_SERVER", "true")).oneServer());
        assertTrue(StackSettings.from(Map.of()).withOneServer().oneServer());
        for (Map<String, String> env : List.of(
                Map.of("DEVSTACK_ONE_SERVER", "true", "DEVSTACK_SERVICES", "order"),
                Map.of("DEVSTACK_ONE_SERVER", "true", "DEVSTACK_REPLICAS", "order=2"),
                Map.of("DEVSTACK_ONE_SERVER", "true", "DEVSTACK_PROMETHEUS", "true"))) {
            assertThrows(StackException.class, () -> StackSettings.from(env), env.toString());
        }
        assertThrows(
                StackException.class,
                () -> StackSettings.from(Map.of("DEVSTACK_REPLICAS", "order=2")).withOneServer());
    }

    @Test
    void externalPartsAndLimitsComeFromTheEnvironment() {
        StackSettings settings = StackSettings.from(Map.of(
                "POSTGRES_URL",
                "jdbc:postgresql://db:5432",
                "KAFKA_BOOTSTRAP_SERVERS",
                "k:9092",
                "DEVSTACK_START_TIMEOUT_SECONDS",
                "60",
                "DEVSTACK_CONTROL_PORT",
                "18099"));
        assertFalse(settings.localPostgres());
        assertFalse(settings.localKafka());
        assertEquals("k:9092", settings.kafkaBootstrapServers());
        assertEquals(Duration.ofSeconds(60), settings.startTimeout());
        assertEquals(18099, settings.controlPort());
        assertThrows(StackException.class, () -> StackSettings.from(Map.of("DEVSTACK_START_TIMEOUT_SECONDS", "soon")));
    }

    @Test
    void onlyTheLocalPartsPortsAreChecked() {
        Map<Integer, String> ports = new PortCheck(
                        StackSettings.from(Map.of("KAFKA_BOOTSTRAP_SERVERS", "k:9092", "DEVSTACK_SERVICES", "product")))
                .portsInUse();
        assertEquals(List.of(5432, 3025, 8025, 8003, 8099), List.copyOf(ports.keySet()));
    }
}
