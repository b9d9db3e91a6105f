package org.onlinemart.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;

/** perf's tables for the terminal and its parts of the JSON report. */
final class PerfReport {

    private PerfReport() {}

    /** One row per stage, the cost stage first ("cost"): rates, answers, latencies and the stack's CPU per order. */
    static String stageTable(PerfScenario.Outcome outcome) {
        Table table = new Table(List.of(
                "stage",
                "target/s",
                "achieved/s",
                "201",
                "409",
                "503",
                "other",
                "dropped",
                "late",
                "order p50 ms",
                "order p99 ms",
                "CONFIRMED p50 ms",
                "CONFIRMED p99 ms",
                "stack CPU ms/order"));
        for (PerfStage stage : stages(outcome)) {
            StageResult load = stage.load();
            table.row(List.of(
                    label(stage),
                    Report.rate(load.stage().rate()),
                    String.format(Locale.ROOT, "%.1f", load.achievedRate()),
                    String.valueOf(load.count("201")),
                    String.valueOf(load.count("409")),
                    String.valueOf(load.count("503")),
                    String.valueOf(load.otherErrors()),
                    String.valueOf(load.dropped()),
                    String.valueOf(load.late()),
                    Report.oneDecimal(load.created().p50()),
                    Report.oneDecimal(load.created().p99()),
                    Report.oneDecimal(stage.times().toConfirmed().p50()),
                    Report.oneDecimal(stage.times().toConfirmed().p99()),
                    Report.oneDecimal(stage.stackCpuPerOrder())));
        }
        return table.render();
    }

    /**
     * One row per process: idle CPU, CPU per order in each stage, the cost stage's commits per order in its
     * database, and its memory (proportional set size) after the run.
     */
    static String processTable(PerfScenario.Outcome outcome, Map<String, StackProcesses.Usage> memory) {
        List<PerfStage> stages = stages(outcome);
        List<String> headers = new ArrayList<>(List.of("process", "idle ms/s"));
        stages.forEach(stage -> headers.add(label(stage) + " ms/order"));
        headers.addAll(List.of("commits/order", "memory MiB"));
        Table table = new Table(headers);
        TreeSet<String> parts = new TreeSet<>(outcome.idleMillisPerSecond().keySet());
        parts.addAll(memory.keySet());
        for (String part : parts) {
            List<String> row = new ArrayList<>(List.of(
                    part, Report.oneDecimal(outcome.idleMillisPerSecond().getOrDefault(part, Double.NaN))));
            stages.forEach(stage -> row.add(Report.oneDecimal(stage.cpuPerOrder(part))));
            row.add(FloorReport.twoDecimals(outcome.cost().commitsPerOrder().getOrDefault(part, Double.NaN)));
            row.add(mebibytes(memory.get(part)));
            table.row(row);
        }
        List<String> total = new ArrayList<>(
                List.of("stack", Report.oneDecimal(PerfStage.stackTotal(outcome.idleMillisPerSecond()))));
        stages.forEach(stage -> total.add(Report.oneDecimal(stage.stackCpuPerOrder())));
        total.add(FloorReport.twoDecimals(outcome.cost().stackCommitsPerOrder()));
        total.add(mebibytes(stackMemory(memory)));
        table.row(total);
        return table.render();
    }

    /** One row per read: its rate and latency, against the plain endpoint's, and the CPU it cost its service. */
    static String readTable(List<ShopReads.Read> reads) {
        Table table = new Table(List.of(
                "read",
                "per s",
                "p50 ms",
                "p99 ms",
                "not 2xx",
                "no answer",
                "% of plain rate",
                "p99 / plain p99",
                "service CPU us/request",
                "postgres CPU us/request"));
        Throughput plain = reads.get(0).result().throughput();
        for (ShopReads.Read read : reads) {
            Throughput t = read.result().throughput();
            table.row(List.of(
                    read.name(),
                    String.format(Locale.ROOT, "%.0f", t.perSecond()),
                    FloorReport.twoDecimals(t.latency().p50()),
                    FloorReport.twoDecimals(t.latency().p99()),
                    String.valueOf(t.refused()),
                    String.valueOf(t.failed()),
                    String.format(Locale.ROOT, "%.0f", 100 * t.perSecond() / plain.perSecond()),
                    FloorReport.twoDecimals(t.latency().p99() / plain.latency().p99()),
                    String.format(Locale.ROOT, "%.0f", read.serviceCpuMicrosPerRequest()),
                    String.format(Locale.ROOT, "%.0f", read.cpuMicrosPerRequest("postgres"))));
        }
        return table.render();
    }

    /** The figures the issue asks for as ratios of the floors, each on a line of its own. */
    static Map<String, Double> ratios(List<FloorReport.Row> floors, PerfScenario.Outcome outcome) {
        Map<String, Double> ratios = new LinkedHashMap<>();
        double kafka = p50(floors, FloorReport.KAFKA, 1);
        double postgres = p50(floors, FloorReport.POSTGRES, 1);
        double plain = p50(floors, FloorReport.PLAIN, 1);
        double order = outcome.cost().load().created().p50();
        ratios.put("POST /order p50 / Kafka round trip p50", order / kafka);
        ratios.put(
                "POST /order p50 / (Kafka round trip + PostgreSQL order transaction + plain GET) p50",
                order / (kafka + postgres + plain));
        ratios.put(
                "orders/s placed before giving way / PostgreSQL order transactions/s (8 clients)",
                sustained(outcome) / perSecond(floors, FloorReport.POSTGRES));
        return ratios;
    }

    /** The whole run as JSON: environment, settings, floors, stages, processes, reads and ratios. */
    static JsonObject report(
            Setup setup,
            PerfSettings settings,
            List<FloorReport.Row> floors,
            PerfScenario.Outcome outcome,
            List<ShopReads.Read> reads,
            Map<String, StackProcesses.Usage> memory,
            Map<String, Double> ratios,
            OptionalDouble start) {
        var floorsJson = Json.createArrayBuilder();
        floors.forEach(row -> floorsJson.add(FloorReport.row(row)));
        var readsJson = Json.createArrayBuilder();
        for (ShopReads.Read read : reads) {
            JsonObjectBuilder json = FloorReport.row(
                    FloorReport.Row.of(read.name(), read.result().throughput()));
            Report.figure(json, "service_cpu_micros_per_request", read.serviceCpuMicrosPerRequest());
            Report.figure(json, "postgres_cpu_micros_per_request", read.cpuMicrosPerRequest("postgres"));
            readsJson.add(json.add("service", read.service()));
        }
        JsonObjectBuilder ratiosJson = figures(ratios);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("scenario", "perf")
                .add("run_id", setup.runId())
                .add("environment", Report.environment(setup.environment()))
                .add("settings", Json.createObjectBuilder(settings.describe()))
                .add("setup_seconds", Report.round(setup.seconds(), 1))
                .add("floors", floorsJson)
                .add("orders", json(outcome, memory))
                .add("reads", readsJson)
                .add("ratios", ratiosJson);
        if (start.isPresent()) {
            json.add("last_start_to_all_ready_seconds", Report.round(start.getAsDouble(), 1));
        } else {
            json.addNull("last_start_to_all_ready_seconds");
        }
        return json.build();
    }

    static JsonObjectBuilder json(PerfScenario.Outcome outcome, Map<String, StackProcesses.Usage> memory) {
        var stages = Json.createArrayBuilder();
        for (PerfStage stage : stages(outcome)) {
            JsonObjectBuilder json = Report.stage(stage.load())
                    .add("label", label(stage))
                    .add("statuses_when_read", Report.counts(stage.times().statuses()))
                    .add("time_to_confirmed_ms", Report.summary(stage.times().toConfirmed()))
                    .add("cpu_ms_per_order", figures(perOrder(stage)));
            Report.figure(json, "stack_cpu_ms_per_order", stage.stackCpuPerOrder());
            if (!stage.commitsPerOrder().isEmpty()) {
                Report.figure(json, "wal_flushes_per_order", stage.walFlushesPerOrder());
                json.add("commits_per_order", figures(stage.commitsPerOrder()));
                Report.figure(json, "stack_commits_per_order", stage.stackCommitsPerOrder());
            }
            stages.add(json);
        }
        var memoryJson = Json.createObjectBuilder();
        memory.forEach((part, usage) -> memoryJson.add(part, usage.pssKib() / 1024));
        return Json.createObjectBuilder()
                .add("idle_cpu_ms_per_second", figures(outcome.idleMillisPerSecond()))
                .add("stages", stages)
                .add("memory_mib", memoryJson)
                .add(
                        "stack_memory_mib",
                        stackMemory(memory) == null ? 0 : stackMemory(memory).pssKib() / 1024);
    }

    /** The highest rate achieved by a stage that did not give way (the cost stage counts). */
    static double sustained(PerfScenario.Outcome outcome) {
        double best = outcome.cost().load().achievedRate();
        for (PerfStage stage : outcome.rising()) {
            if (!stage.gaveWay()) {
                best = Math.max(best, stage.load().achievedRate());
            }
        }
        return best;
    }

    private static double p50(List<FloorReport.Row> floors, String floor, int inFlight) {
        return floors.stream()
                .filter(row -> row.floor().equals(floor) && row.throughput() != null)
                .filter(row -> row.throughput().concurrency() == inFlight)
                .mapToDouble(row -> row.throughput().latency().p50())
                .findFirst()
                .orElse(Double.NaN);
    }

    private static double perSecond(List<FloorReport.Row> floors, String floor) {
        return floors.stream()
                .filter(row -> row.floor().equals(floor) && row.throughput() != null)
                .mapToDouble(row -> row.throughput().perSecond())
                .max()
                .orElse(Double.NaN);
    }

    private static List<PerfStage> stages(PerfScenario.Outcome outcome) {
        List<PerfStage> stages = new ArrayList<>(List.of(outcome.cost()));
        stages.addAll(outcome.rising());
        return stages;
    }

    private static String label(PerfStage stage) {
        return stage.load().number() == 0 ? "cost" : String.valueOf(stage.load().number());
    }

    private static Map<String, Double> perOrder(PerfStage stage) {
        Map<String, Double> perOrder = new TreeMap<>();
        stage.cpuMillis().keySet().forEach(part -> perOrder.put(part, stage.cpuPerOrder(part)));
        return perOrder;
    }

    /** The stack's processes' memory together, or null when none was read. */
    static StackProcesses.Usage stackMemory(Map<String, StackProcesses.Usage> memory) {
        if (memory.isEmpty()) {
            return null;
        }
        long pss = memory.entrySet().stream()
                .filter(part -> PerfStage.STACK.contains(part.getKey()))
                .mapToLong(part -> part.getValue().pssKib())
                .sum();
        return new StackProcesses.Usage(0, pss);
    }

    private static String mebibytes(StackProcesses.Usage usage) {
        return usage == null ? "-" : String.valueOf(usage.pssKib() / 1024);
    }

    private static JsonObjectBuilder figures(Map<String, Double> figures) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        figures.forEach((name, figure) -> Report.figure(json, name, figure));
        return json;
    }
}
