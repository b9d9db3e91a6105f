package org.onlinemart.devstack.prometheus;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The scrape configuration: one job per service, named after it, as docker/prometheus/prometheus.yml has it for
 * Compose, so that the dashboard's {@code job} labels mean the same in both.
 */
public final class PrometheusConfig {

    private PrometheusConfig() {}

    /** @param targets service name → host:port of each of its instances' /metrics */
    public static String render(Map<String, List<String>> targets, Duration scrapeInterval) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("global:\n")
                .append("  scrape_interval: ")
                .append(scrapeInterval.toSeconds())
                .append("s\n")
                .append("  evaluation_interval: ")
                .append(scrapeInterval.toSeconds())
                .append("s\n")
                .append("scrape_configs:\n");
        targets.forEach((job, instances) -> yaml.append("  - job_name: ")
                .append(job)
                .append("\n    static_configs: [{ targets: [")
                .append(String.join(
                        ", ",
                        instances.stream().map(target -> '"' + target + '"').toList()))
                .append("] }]\n"));
        return yaml.toString();
    }
}
