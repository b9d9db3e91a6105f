package org.onlinemart.devstack.cli;

import java.util.ArrayList;
import java.util.List;
import org.onlinemart.devstack.ServiceInstance;
import org.onlinemart.devstack.StackContext;
import org.onlinemart.devstack.StackPorts;
import org.onlinemart.devstack.StackSettings;
import org.onlinemart.devstack.liberty.LibertyServer;
import org.onlinemart.devstack.liberty.ServiceEnvironment;
import org.onlinemart.devstack.prometheus.PrometheusServer;
import org.onlinemart.devstack.smtp.SmtpSink;

/** The table printed once everything is ready: every URL a developer needs, and the dev admin login. */
final class UrlTable {

    private UrlTable() {}

    static String render(StackContext context) {
        StackSettings settings = context.settings();
        ServiceEnvironment env = context.serviceEnv();
        List<String> lines = new ArrayList<>();
        if (settings.oneServer()) {
            oneServerRows(settings, lines);
        } else if (!settings.services().isEmpty()) {
            lines.add(String.format(
                    "%-13s %-23s %-34s %-31s %s", "SERVICE", "BASE URL", "OPENAPI UI", "METRICS", "READINESS"));
            for (ServiceInstance instance : settings.instances()) {
                String base = instance.baseUrl().toString();
                lines.add(String.format(
                        "%-13s %-23s %-34s %-31s %s",
                        instance.name(), base, base + "/openapi/ui", base + "/metrics", base + "/health/ready"));
            }
            lines.add("");
        }
        lines.add(row(
                "Kafka bootstrap", settings.kafkaBootstrapServers() + (settings.localKafka() ? "" : " (external)")));
        lines.add(row(
                "PostgreSQL",
                settings.postgresServerUrl() + "/mart_<service>   user " + env.dbUser()
                        + (settings.localPostgres()
                                ? "   (admin user postgres, password in "
                                        + context.paths().postgresAdminPassword() + ")"
                                : " (external)")));
        if (settings.localSmtp()) {
            lines.add(row("SMTP", StackPorts.HOST + ":" + StackPorts.SMTP + "   (any login accepted)"));
            lines.add(row("GreenMail API", SmtpSink.apiUrl() + "   (mail per user: /api/user/<email>/messages)"));
        } else {
            lines.add(row("SMTP", settings.smtpHost().orElseThrow() + " (external)"));
        }
        String password =
                env.adminPasswordOverridden() ? "(as set in your ADMIN_PASSWORD)" : ServiceEnvironment.ADMIN_PASSWORD;
        lines.add(row(
                "Admin login", "ADMIN_EMAIL=" + env.value("user", "ADMIN_EMAIL") + "   ADMIN_PASSWORD=" + password));
        if (settings.prometheus() && PrometheusServer.installed().isPresent()) {
            lines.add(row(
                    "Prometheus", PrometheusServer.url() + "   (queries: docker/grafana/dashboards/online-mart.json)"));
        }
        lines.add(row("Control API", context.control().uri("/status").toString()));
        lines.add(row("Logs", context.paths().logs().toString()));
        return String.join(System.lineSeparator(), lines);
    }

    /** Each service on its own port; Liberty serves /health and /metrics of all six, and /openapi, on the first. */
    private static void oneServerRows(StackSettings settings, List<String> lines) {
        lines.add(String.format("%-13s %s", "SERVICE", "BASE URL (all six in one Liberty server, mart)"));
        for (ServiceInstance instance : settings.instances()) {
            lines.add(String.format("%-13s %s", instance.name(), instance.baseUrl()));
        }
        String first = LibertyServer.ONE_SERVER_BASE_URL.toString();
        lines.add(String.format("%-13s %s", "READINESS", first + "/health/ready   (all six)"));
        lines.add(String.format(
                "%-13s %s", "METRICS", first + "/metrics   (all six together; a name two register shows once)"));
        lines.add(String.format(
                "%-13s %s", "OPENAPI UI", first + "/openapi/ui   (the user service's; the six servers show each)"));
        lines.add("");
    }

    private static String row(String label, String value) {
        return String.format("%-16s %s", label, value);
    }
}
