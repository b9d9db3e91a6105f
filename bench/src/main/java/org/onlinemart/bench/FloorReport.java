package org.onlinemart.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;

/** The floors as a table for the terminal and as JSON for keeping, one row per measured phase. */
final class FloorReport {

    /** One phase of a floor: what it measured, or why it could not (then throughput is null). */
    record Row(String floor, Throughput throughput, String notMeasured) {

        static Row of(String floor, Throughput throughput) {
            return new Row(floor, throughput, null);
        }

        static Row failed(String floor, String reason) {
            return new Row(floor, null, reason);
        }
    }

    static final String KAFKA = "kafka round trip";
    static final String POSTGRES = "postgres order transaction";
    static final String PLAIN = "GET /jwks (plain JAX-RS)";

    private FloorReport() {}

    static String table(List<Row> rows) {
        Table table = new Table(List.of(
                "floor",
                "in flight",
                "per s",
                "p50 ms",
                "p99 ms",
                "refused",
                "failed",
                "generator cores",
                "box cores"));
        for (Row row : rows) {
            Throughput t = row.throughput();
            if (t == null) {
                table.row(List.of(row.floor(), "-", "-", "-", "-", "-", "-", "-", "-"));
                continue;
            }
            table.row(List.of(
                    row.floor(),
                    String.valueOf(t.concurrency()),
                    String.format(Locale.ROOT, "%.0f", t.perSecond()),
                    twoDecimals(t.latency().p50()),
                    twoDecimals(t.latency().p99()),
                    String.valueOf(t.refused()),
                    String.valueOf(t.failed()),
                    twoDecimals(t.generatorCores()),
                    twoDecimals(t.boxBusyCores())));
        }
        return table.render();
    }

    /** Below the table: each floor that could not be measured, and the first error of those that failed calls. */
    static String reasons(List<Row> rows) {
        StringBuilder text = new StringBuilder();
        for (Row row : rows) {
            if (row.notMeasured() != null) {
                text.append(row.floor())
                        .append(": not measured: ")
                        .append(row.notMeasured())
                        .append('\n');
            } else if (row.throughput().firstError() != null) {
                text.append(row.floor())
                        .append(": first failure: ")
                        .append(row.throughput().firstError())
                        .append('\n');
            }
        }
        return text.toString();
    }

    static JsonObject json(Environment environment, FloorSettings settings, List<Row> rows) {
        var floors = Json.createArrayBuilder();
        for (Row row : rows) {
            floors.add(row(row));
        }
        return Json.createObjectBuilder()
                .add("scenario", "floors")
                .add("environment", Report.environment(environment))
                .add("settings", Json.createObjectBuilder(settings.describe()))
                .add("floors", floors)
                .build();
    }

    static JsonObjectBuilder row(Row row) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("floor", row.floor());
        Throughput t = row.throughput();
        if (t == null) {
            return json.add("not_measured", row.notMeasured());
        }
        json.add("in_flight", t.concurrency())
                .add("seconds", Report.round(t.seconds(), 2))
                .add("completed", t.completed());
        figure(json, "per_second", t.perSecond(), 1);
        json.add("refused", t.refused()).add("failed", t.failed());
        if (t.firstError() != null) {
            json.add("first_error", t.firstError());
        }
        JsonObjectBuilder latency =
                Json.createObjectBuilder().add("count", t.latency().count());
        figure(latency, "p50", t.latency().p50(), 2);
        figure(latency, "p95", t.latency().p95(), 2);
        figure(latency, "p99", t.latency().p99(), 2);
        figure(latency, "max", t.latency().max(), 2);
        json.add("latency_ms", latency);
        figure(json, "generator_cpu_seconds", t.generatorCpuSeconds(), 2);
        figure(json, "generator_cpu_micros_per_call", t.generatorMicrosPerCall(), 1);
        figure(json, "box_busy_cores", t.boxBusyCores(), 2);
        return json;
    }

    /** JSON has no NaN: a figure that was not measured is null. */
    private static void figure(JsonObjectBuilder json, String name, double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            json.addNull(name);
        } else {
            json.add(name, Report.round(value, decimals));
        }
    }

    /** "0.66", or "-" when nothing was measured. */
    static String twoDecimals(double figure) {
        return Double.isNaN(figure) ? "-" : String.format(Locale.ROOT, "%.2f", figure);
    }
}
