package org.onlinemart.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** {@code check}'s verdict as a table for the terminal and as JSON for keeping. */
final class CheckReport {

    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

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
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (Invariant invariant : invariants) {
            lines.add(Json.createObjectBuilder()
                    .add("invariant", invariant.name())
                    .add("checked", invariant.checked())
                    .add("violations", invariant.violations())
                    .add("holds", invariant.holds())
                    .add("examples", Json.createArrayBuilder(invariant.examples())));
        }
        var env = Json.createObjectBuilder().add("date", environment.date().toString());
        if (environment.commit() == null) {
            env.addNull("commit").addNull("uncommitted_changes");
        } else {
            env.add("commit", environment.commit()).add("uncommitted_changes", environment.uncommittedChanges());
        }
        return Json.createObjectBuilder()
                .add("scenario", "check")
                .add("environment", env)
                .add("settings", Json.createObjectBuilder(settings.describe()))
                .add("holds", invariants.stream().allMatch(Invariant::holds))
                .add("invariants", lines)
                .build();
    }

    /** Writes bench-check-<UTC time>.json into the folder and answers its path. */
    static Path write(JsonObject report, Path folder, Environment environment) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve("bench-check-" + FILE_TIME.format(environment.date()) + ".json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                JsonWriter json = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                        .createWriter(out)) {
            json.writeObject(report);
        }
        return file;
    }
}
