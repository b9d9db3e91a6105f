package org.onlinemart.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The results as an aligned table for the terminal and as JSON for keeping. */
final class Report {

    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private Report() {}

    /** One row per stage: rates, answers of POST /order, and its latency for the orders placed (201). */
    static String table(List<StageResult> results) {
        Table table = new Table(List.of(
                "stage",
                "target/s",
                "achieved/s",
                "scheduled",
                "201",
                "409",
                "503",
                "other",
                "dropped",
                "late",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "max ms"));
        for (StageResult result : results) {
            table.row(List.of(
                    String.valueOf(result.number()),
                    rate(result.stage().rate()),
                    String.format(Locale.ROOT, "%.1f", result.achievedRate()),
                    String.valueOf(result.scheduled()),
                    String.valueOf(result.count("201")),
                    String.valueOf(result.count("409")),
                    String.valueOf(result.count("503")),
                    String.valueOf(result.otherErrors()),
                    String.valueOf(result.dropped()),
                    String.valueOf(result.late()),
                    oneDecimal(result.created().p50()),
                    oneDecimal(result.created().p95()),
                    oneDecimal(result.created().p99()),
                    oneDecimal(result.created().max())));
        }
        return table.render();
    }

    /** Per stage, what became of the sampled orders and how long CONFIRMED took from sending POST /order. */
    static String confirmationTable(List<StageResult> results) {
        Table table = new Table(List.of(
                "stage", "sampled", "CONFIRMED", "REJECTED", "still PENDING", "other", "p50 ms", "p95 ms", "max ms"));
        for (StageResult result : results) {
            Map<String, Long> outcomes = result.confirmOutcomes();
            long confirmed = outcomes.getOrDefault("CONFIRMED", 0L);
            long rejected = outcomes.getOrDefault("REJECTED", 0L);
            long pending = outcomes.getOrDefault("PENDING", 0L);
            table.row(List.of(
                    String.valueOf(result.number()),
                    String.valueOf(result.sampled()),
                    String.valueOf(confirmed),
                    String.valueOf(rejected),
                    String.valueOf(pending),
                    String.valueOf(result.sampled() - confirmed - rejected - pending),
                    oneDecimal(result.timeToConfirmed().p50()),
                    oneDecimal(result.timeToConfirmed().p95()),
                    oneDecimal(result.timeToConfirmed().max())));
        }
        return table.render();
    }

    static JsonObject json(
            String runId, Environment environment, Settings settings, double setupSeconds, List<StageResult> results) {
        var stages = Json.createArrayBuilder();
        for (StageResult result : results) {
            stages.add(stage(result));
        }
        return Json.createObjectBuilder()
                .add("scenario", "orders")
                .add("run_id", runId)
                .add("environment", environment(environment))
                .add("settings", Json.createObjectBuilder(settings.describe()))
                .add("setup_seconds", round(setupSeconds, 1))
                .add("stages", stages)
                .build();
    }

    /** Where the run was measured: date, cores, Java, OS and commit. */
    static JsonObjectBuilder environment(Environment environment) {
        JsonObjectBuilder env = Json.createObjectBuilder()
                .add("date", environment.date().toString())
                .add("cores", environment.cores())
                .add("java_version", environment.javaVersion())
                .add("java_vm", environment.javaVm())
                .add("os", environment.os());
        return withCommit(env, environment);
    }

    /** One stage: its rate, what became of its orders, their latencies and the sampled confirmations. */
    static JsonObjectBuilder stage(StageResult result) {
        return Json.createObjectBuilder()
                .add("stage", result.number())
                .add("target_rate", result.stage().rate())
                .add("seconds", result.stage().seconds())
                .add("scheduled", result.scheduled())
                .add("dropped", result.dropped())
                .add("late", result.late())
                .add("elapsed_seconds", round(result.elapsedSeconds(), 2))
                .add("unfinished", result.unfinished())
                .add("achieved_rate", round(result.achievedRate(), 2))
                .add("order_statuses", counts(result.orderStatuses()))
                .add("add_to_cart_statuses", counts(result.cartStatuses()))
                .add("no_answers", counts(result.noAnswers()))
                .add("order_latency_ms", summary(result.created()))
                .add("order_latency_all_answers_ms", summary(result.answered()))
                .add("add_to_cart_latency_ms", summary(result.addToCart()))
                .add(
                        "confirmation",
                        Json.createObjectBuilder()
                                .add("sampled", result.sampled())
                                .add("outcomes", counts(result.confirmOutcomes()))
                                .add("time_to_confirmed_ms", summary(result.timeToConfirmed())));
    }

    /** The commit the run was built from, and whether the tree had changes; nulls outside a Git checkout. */
    static JsonObjectBuilder withCommit(JsonObjectBuilder env, Environment environment) {
        if (environment.commit() == null) {
            return env.addNull("commit").addNull("uncommitted_changes");
        }
        return env.add("commit", environment.commit()).add("uncommitted_changes", environment.uncommittedChanges());
    }

    /** Writes bench-<scenario>-<UTC time>.json into the folder and answers its path. */
    static Path write(JsonObject report, String scenario, Path folder, Environment environment) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve("bench-" + scenario + "-" + FILE_TIME.format(environment.date()) + ".json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                JsonWriter json = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                        .createWriter(out)) {
            json.writeObject(report);
        }
        return file;
    }

    /** 5 as "5", 2.5 as "2.5". */
    static String rate(double rate) {
        return rate == Math.rint(rate) ? String.valueOf((long) rate) : String.valueOf(rate);
    }

    /** A latency or a duration with one decimal, or "-" when nothing was measured. */
    static String oneDecimal(double figure) {
        return Double.isNaN(figure) ? "-" : String.format(Locale.ROOT, "%.1f", figure);
    }

    static JsonObjectBuilder summary(Latencies.Summary summary) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("count", summary.count());
        figure(json, "p50", summary.p50());
        figure(json, "p95", summary.p95());
        figure(json, "p99", summary.p99());
        figure(json, "max", summary.max());
        return json;
    }

    /** The figure with one decimal, or null when nothing was measured (NaN). */
    static void figure(JsonObjectBuilder json, String name, double figure) {
        if (Double.isNaN(figure)) {
            json.addNull(name);
        } else {
            json.add(name, round(figure, 1));
        }
    }

    static JsonObjectBuilder counts(Map<String, Long> counts) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        counts.forEach(json::add);
        return json;
    }

    static BigDecimal round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }
}
