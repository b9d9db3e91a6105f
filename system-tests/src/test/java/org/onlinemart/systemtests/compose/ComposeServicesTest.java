package org.onlinemart.systemtests.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onlinemart.systemtests.compose.ComposeProject.map;
import static org.onlinemart.systemtests.compose.ComposeProject.ports;
import static org.onlinemart.systemtests.compose.ComposeProject.words;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One compose service per *-war module, reachable on the port, health endpoint and start order it expects. */
class ComposeServicesTest {

    private static final Pattern READY_URL =
            Pattern.compile("https?://(?:localhost|127\\.0\\.0\\.1):(\\d+)/health/ready\\b");

    private static ComposeProject project;

    @BeforeAll
    static void load() throws Exception {
        project = ComposeProject.load();
    }

    @Test
    void composeFileFollowsTheComposeSpecWithoutVersionKey() {
        assertFalse(project.compose().containsKey("version"), "the Compose spec has no version: key");
    }

    @Test
    void everyWarModuleHasAComposeServiceOfItsName() {
        for (WarModule module : project.modules()) {
            assertTrue(
                    project.services().containsKey(module.name()),
                    "no compose service '" + module.name() + "' for " + module.folder());
        }
    }

    @Test
    void everyBuiltComposeServiceIsAWarModule() {
        Set<String> moduleNames =
                project.modules().stream().map(WarModule::name).collect(Collectors.toSet());
        project.services().forEach((name, service) -> {
            if (service.containsKey("build")) {
                assertTrue(
                        moduleNames.contains(name),
                        "compose builds '" + name + "' but there is no " + name + "-war module");
            }
        });
    }

    @Test
    void publishedPortIsTheServersHttpPort() {
        for (WarModule module : project.modules()) {
            List<int[]> ports = ports(project.service(module));
            assertEquals(1, ports.size(), module.name() + ": expected one port mapping, got " + ports.size());
            assertEquals(
                    module.httpPort(), ports.get(0)[1], module.name() + ": container port vs server.xml HTTP_PORT");
            assertEquals(
                    module.httpPort(), ports.get(0)[0], module.name() + ": published port vs server.xml HTTP_PORT");
        }
    }

    @Test
    void healthcheckAsksTheServersReadinessEndpoint() {
        for (WarModule module : project.modules()) {
            Map<String, Object> healthcheck =
                    map(project.service(module).get("healthcheck"), module.name() + ".healthcheck");
            Matcher url = READY_URL.matcher(words(healthcheck.get("test")));
            assertTrue(url.find(), module.name() + ": healthcheck does not call /health/ready");
            assertEquals(module.httpPort(), Integer.parseInt(url.group(1)), module.name() + ": healthcheck port");
        }
    }

    @Test
    void servicesStartAfterTheDatabaseIsHealthyAndTheTopicsExist() {
        for (WarModule module : project.modules()) {
            Map<String, Object> dependsOn =
                    map(project.service(module).get("depends_on"), module.name() + ".depends_on");
            assertEquals("service_healthy", condition(dependsOn, "postgres"), module.name() + " -> postgres");
            assertEquals(
                    "service_completed_successfully",
                    condition(dependsOn, "kafka-init"),
                    module.name() + " -> kafka-init");
        }
        Map<String, Object> initDependsOn =
                map(project.services().get("kafka-init").get("depends_on"), "kafka-init.depends_on");
        assertEquals("service_healthy", condition(initDependsOn, "kafka"), "kafka-init -> kafka");
    }

    /** The short list form of depends_on means service_started. */
    private static String condition(Map<String, Object> dependsOn, String service) {
        assertTrue(dependsOn.containsKey(service), "depends_on lacks " + service);
        Object body = dependsOn.get(service);
        return body instanceof Map<?, ?> map ? String.valueOf(map.get("condition")) : "service_started";
    }
}
