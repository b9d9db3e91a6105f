package org.onlinemart.systemtests.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onlinemart.systemtests.compose.ComposeProject.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Compose's Prometheus scrapes every service where it listens, and its Grafana gets the dashboard and a data
 * source of the uid the dashboard's panels name: what a wrong port or a renamed file would silently break.
 */
class ComposeMonitoringTest {

    private static ComposeProject project;

    @BeforeAll
    static void load() throws Exception {
        project = ComposeProject.load();
    }

    private static Map<String, Object> yaml(String file) throws Exception {
        try (Reader reader = Files.newBufferedReader(project.root().resolve(file))) {
            return new Yaml().load(reader);
        }
    }

    /** Host path → container path of a service's bind mounts ("./a:/b:ro"). */
    private static Map<String, String> mounts(String service) {
        Map<String, String> mounts = new LinkedHashMap<>();
        for (Object volume : (List<?>) project.services().get(service).get("volumes")) {
            String[] parts = volume.toString().split(":");
            if (parts[0].startsWith("./")) {
                mounts.put(parts[0].substring(2), parts[1]);
            }
        }
        return mounts;
    }

    @Test
    void prometheusScrapesEveryServiceOnItsHttpPortAsAJobOfItsName() throws Exception {
        assertEquals("/etc/prometheus/prometheus.yml", mounts("prometheus").get("docker/prometheus/prometheus.yml"));
        Map<String, String> targets = new LinkedHashMap<>();
        for (Object job : (List<?>) yaml("docker/prometheus/prometheus.yml").get("scrape_configs")) {
            Map<String, Object> scrape = map(job, "scrape config");
            Map<String, Object> statics = map(((List<?>) scrape.get("static_configs")).get(0), "static_configs");
            targets.put(
                    scrape.get("job_name").toString(),
                    ((List<?>) statics.get("targets")).get(0).toString());
        }
        for (WarModule module : project.modules()) {
            assertEquals(module.name() + ":" + module.httpPort(), targets.get(module.name()), module.name());
        }
    }

    @Test
    void grafanaIsProvisionedWithTheDashboardAndTheDataSourceItUses() throws Exception {
        Map<String, String> mounts = mounts("grafana");
        assertEquals("/etc/grafana/provisioning", mounts.get("docker/grafana/provisioning"));
        String dashboards = mounts.get("docker/grafana/dashboards");
        Map<String, Object> provider = map(
                ((List<?>) yaml("docker/grafana/provisioning/dashboards/online-mart.yml")
                                .get("providers"))
                        .get(0),
                "dashboard provider");
        assertEquals(dashboards, map(provider.get("options"), "options").get("path"));

        Map<String, Object> source = map(
                ((List<?>) yaml("docker/grafana/provisioning/datasources/prometheus.yml")
                                .get("datasources"))
                        .get(0),
                "data source");
        assertEquals("http://prometheus:9090", source.get("url"));
        JsonNode dashboard = new ObjectMapper()
                .readTree(project.root()
                        .resolve(Path.of("docker", "grafana", "dashboards", "online-mart.json"))
                        .toFile());
        Set<String> uids = new HashSet<>();
        for (JsonNode panel : dashboard.get("panels")) {
            panel.path("targets")
                    .forEach(target -> uids.add(target.at("/datasource/uid").asText()));
        }
        assertEquals(Set.of(source.get("uid").toString()), uids, "the panels' data source");
        assertTrue(dashboard.get("panels").size() > 20, "the dashboard has its panels");
    }
}
