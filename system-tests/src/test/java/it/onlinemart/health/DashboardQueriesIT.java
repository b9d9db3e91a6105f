package it.onlinemart.health;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import it.onlinemart.Service;
import it.onlinemart.order.Orders;
import it.onlinemart.order.Shelf;
import it.onlinemart.payment.Payments;
import it.onlinemart.user.Accounts;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.onlinemart.devstack.prometheus.PrometheusServer;

/**
 * The Grafana dashboard shows data: after some traffic, every query of docker/grafana/dashboards/online-mart.json,
 * run by the real Prometheus the build's stack starts ({@code --with-prometheus}), returns at least one number.
 */
@MicroShedTest
class DashboardQueriesIT {

    private static final Path DASHBOARD = Path.of("..", "docker", "grafana", "dashboards", "online-mart.json");
    /** Grafana's $__rate_interval, for a 2 s scrape interval: wide enough for a handful of samples. */
    private static final String RATE_INTERVAL = "30s";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String prometheus;

    @BeforeAll
    static void prometheusRuns() {
        Assumptions.assumeTrue(
                PrometheusServer.installed().isPresent(),
                "Skipped: no Prometheus to run the dashboard's queries; " + PrometheusServer.INSTALL_HINT);
        prometheus = PrometheusServer.url().toString();
        Assumptions.assumeTrue(
                ready(),
                "Skipped: Prometheus is installed but does not run at " + prometheus
                        + "; start the stack with `java -jar devstack/target/devstack.jar start --with-prometheus`");
    }

    private static boolean ready() {
        try {
            return RestAssured.get(prometheus + "/-/ready").statusCode() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Every query's expression, titled by its panel, with Grafana's interval variable filled in. */
    private static Map<String, String> dashboardQueries() throws IOException {
        JsonNode dashboard = JSON.readTree(DASHBOARD.toFile());
        var queries = new LinkedHashMap<String, String>();
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.path("targets")) {
                String expr = target.get("expr").asText();
                queries.put(
                        panel.get("title").asText() + " [" + target.get("refId").asText() + "]: " + expr,
                        expr.replace("$__rate_interval", RATE_INTERVAL));
            }
        }
        return queries;
    }

    /** The numbers a query returns now; empty for no data (NaN, such as a percentile of nothing, is no data). */
    private static List<Double> numbers(String expr) throws IOException {
        JsonNode answer = JSON.readTree(RestAssured.given()
                .queryParam("query", expr)
                .get(prometheus + "/api/v1/query")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertEquals("success", answer.get("status").asText(), expr);
        return StreamSupport.stream(answer.at("/data/result").spliterator(), false)
                .map(series -> Double.parseDouble(series.at("/value/1").asText()))
                .filter(value -> !value.isNaN())
                .toList();
    }

    private static List<String> withoutData(Map<String, String> queries) throws IOException {
        List<String> empty = new ArrayList<>();
        for (var query : queries.entrySet()) {
            if (numbers(query.getValue()).isEmpty()) {
                empty.add(query.getKey());
            }
        }
        return empty;
    }

    @Test
    void everyQueryOfTheDashboardReturnsDataAfterSomeOrders() throws IOException {
        Map<String, String> queries = dashboardQueries();
        assertTrue(queries.size() >= 20, "the dashboard has its panels: " + queries.keySet());

        // what an admin's shop does in its first minutes: logins, orders, payments
        var customer = Accounts.newUser();
        Service.USER
                .request()
                .body(Map.of("user_email", customer.email(), "user_password", "not-" + customer.password()))
                .post("/login")
                .then()
                .statusCode(401);
        var tea = Shelf.stocked("2.40", 10);
        for (int i = 0; i < 3; i++) {
            long orderId = Orders.bought(customer.token(), tea.id(), 1);
            Payments.payWhenKnown(customer.token(), orderId, Payments.GOOD_CARD).statusCode(201);
        }

        List<String> empty = new ArrayList<>();
        try {
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(2))
                    .until(() -> {
                        empty.clear();
                        empty.addAll(withoutData(queries));
                        return empty.isEmpty();
                    });
        } catch (ConditionTimeoutException e) {
            // the assertion below names them
        }
        assertEquals(List.of(), empty, "dashboard queries that returned no data from " + prometheus);
    }
}
