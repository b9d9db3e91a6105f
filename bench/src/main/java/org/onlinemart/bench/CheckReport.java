package org.onlinemart.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;

/** {@code check}'s verdict as a table for the terminal and as JSON for keeping. */
final class CheckReport {

    private CheckReport() {}

    /** One row per invariant: what must hold, over how many rows, how many break it and which (the first few). */
    static String table(List<Invariant> invariants) {
        Table table = new Table(List.of("invariant", "checked", "violations", "examples")).alignLeft(3);
        for (Invariant invariant : invariants) {
            table.row(List.of(
                    invariant.name(),
                    String.valueOf(invariant.checked()),
                    String.valueOf(invariant.violations()),
                    invariant.examples().isEmpty() ? "-" : String.join(", ", invariant.examples())));
        }
        return table.render();
    }

    /** "all 10 invariants hold" or "2 of 10 invariants fail". */
    static String verdict(List<Invariant> invariants) {
        long failing =
                invariants.stream().filter(invariant -> !invariant.holds()).count();
        return failing == 0
                ? "all " + invariants.size() + " invariants hold"
                : failing + " of " + invariants.size() + " invariants fail";
    }

    static JsonObject json(Environment environment, CheckSettings settings, List<Invariant> invariants) {
        var env = Report.withCommit(
                Json.createObjectBuilder().add("date", environment.date().toString()), environment);
        return Json.createObjectBuilder()
                .add("scenario", "check")
                .add("environment", env)
                .add("settings", Json.createObjectBuilder(settings.describe()))
                .add("holds", invariants.stream().allMatch(Invariant::holds))
                .add("invariants", lines(invariants))
                .build();
    }

    /** Each invariant as JSON: name, rows checked, violations, whether it holds and the examples. */
    static JsonArrayBuilder lines(List<Invariant> invariants) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (Invariant invariant : invariants) {
            lines.add(Json.createObjectBuilder()
                    .add("invariant", invariant.name())
                    .add("checked", invariant.checked())
                    .add("violations", invariant.violations())
                    .add("holds", invariant.holds())
                    .add("examples", Json.createArrayBuilder(invariant.examples())));
        }
        return lines;
    }
}
