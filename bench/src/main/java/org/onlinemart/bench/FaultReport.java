package org.onlinemart.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;

/** The fault suite's results as a table, the reasons of what failed or was skipped, a verdict, and JSON. */
final class FaultReport {

    private FaultReport() {}

    /** One row per fault run: what became of its orders, when the stack was whole again and when consistent. */
    static String table(List<FaultResult> results) {
        Table table = new Table(List.of(
                "fault",
                "scheduled",
                "201",
                "409",
                "503",
                "other",
                "no answer",
                "dropped",
                "recovered s",
                "consistent after s"));
        for (FaultResult result : results) {
            StageResult load = result.load();
            table.row(List.of(
                    result.fault(),
                    String.valueOf(load.scheduled()),
                    String.valueOf(load.count("201")),
                    String.valueOf(load.count("409")),
                    String.valueOf(load.count("503")),
                    String.valueOf(load.otherStatuses()),
                    String.valueOf(load.noAnswer()),
                    String.valueOf(load.dropped()),
                    Report.oneDecimal(result.recoverySeconds()),
                    result.isSkipped()
                            ? "skipped"
                            : result.converged() ? Report.oneDecimal(result.consistentSeconds()) : "FAILED"));
        }
        return table.render();
    }

    /** For each fault that failed or was skipped, why: the problem and the broken invariants with a few examples. */
    static String reasons(List<FaultResult> results) {
        StringBuilder text = new StringBuilder();
        for (FaultResult result : results) {
            if (result.isSkipped()) {
                text.append(result.fault())
                        .append(": skipped, ")
                        .append(result.skipped())
                        .append('\n');
            } else if (result.failed()) {
                text.append(result.fault()).append(": FAILED");
                if (result.problem() != null) {
                    text.append(", ").append(result.problem());
                }
                text.append('\n');
                for (Invariant invariant : result.violated()) {
                    text.append("  ")
                            .append(invariant.name())
                            .append(": ")
                            .append(invariant.violations())
                            .append(" (")
                            .append(String.join(", ", invariant.examples()))
                            .append(")\n");
                }
            }
        }
        return text.toString();
    }

    /** "all 9 faults converged", or "6 of 9 faults converged, 1 skipped, 1 FAILED (kafka:30), 1 not run". */
    static String verdict(List<FaultResult> results, int planned) {
        long converged = results.stream().filter(FaultResult::converged).count();
        if (converged == planned) {
            return "all " + planned + " faults converged";
        }
        long skipped = results.stream().filter(FaultResult::isSkipped).count();
        List<String> failed = results.stream()
                .filter(FaultResult::failed)
                .map(FaultResult::fault)
                .toList();
        List<String> parts = new ArrayList<>(List.of(converged + " of " + planned + " faults converged"));
        if (skipped > 0) {
            parts.add(skipped + " skipped");
        }
        if (!failed.isEmpty()) {
            parts.add(failed.size() + " FAILED (" + String.join(", ", failed) + ")");
        }
        if (results.size() < planned) {
            parts.add((planned - results.size()) + " not run");
        }
        return String.join(", ", parts);
    }

    /** True when no fault failed and every planned one ran; skipped ones do not fail the suite. */
    static boolean passed(List<FaultResult> results, int planned) {
        return results.size() == planned && results.stream().noneMatch(FaultResult::failed);
    }

    static JsonObject json(
            String runId,
            Environment environment,
            FaultSettings settings,
            double setupSeconds,
            List<FaultResult> results) {
        JsonArrayBuilder faults = Json.createArrayBuilder();
        for (FaultResult result : results) {
            JsonObjectBuilder fault = Json.createObjectBuilder()
                    .add("fault", result.fault())
                    .add("outcome", result.isSkipped() ? "skipped" : result.converged() ? "converged" : "failed");
            optional(fault, "skipped", result.skipped());
            optional(fault, "problem", result.problem());
            Report.figure(fault, "recovery_seconds", result.recoverySeconds());
            Report.figure(fault, "consistent_after_seconds", result.consistentSeconds());
            faults.add(fault.add("violated", CheckReport.lines(result.violated()))
                    .add("load", Report.stage(result.load())));
        }
        List<String> notRun = settings.faults().stream()
                .skip(results.size())
                .map(Fault::label)
                .toList();
        return Json.createObjectBuilder()
                .add("scenario", "faults")
                .add("run_id", runId)
                .add("environment", Report.environment(environment))
                .add("settings", Json.createObjectBuilder(settings.describe()))
                .add("setup_seconds", Report.round(setupSeconds, 1))
                .add("passed", passed(results, settings.faults().size()))
                .add("verdict", verdict(results, settings.faults().size()))
                .add("faults", faults)
                .add("not_run", Json.createArrayBuilder(notRun))
                .build();
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
