package org.onlinemart.devstack.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusConfigTest {

    @Test
    void oneJobPerServiceNamedAfterItWithATargetPerInstance() {
        Map<String, List<String>> targets = new LinkedHashMap<>();
        targets.put("user", List.of("127.0.0.1:8081"));
        targets.put("order", List.of("127.0.0.1:8004", "127.0.0.1:8104"));

        assertEquals("""
                global:
                  scrape_interval: 2s
                  evaluation_interval: 2s
                scrape_configs:
                  - job_name: user
                    static_configs: [{ targets: ["127.0.0.1:8081"] }]
                  - job_name: order
                    static_configs: [{ targets: ["127.0.0.1:8004", "127.0.0.1:8104"] }]
                """, PrometheusConfig.render(targets, Duration.ofSeconds(2)));
    }
}
