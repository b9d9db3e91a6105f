package org.onlinemart.bench;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The limits the stack sits on, measured one after the other on the same box: a Kafka round trip, the order
 * transaction in PostgreSQL and a plain JAX-RS endpoint. A floor that cannot be measured (its part is down) is
 * reported as such and the others still run.
 */
final class FloorsScenario {

    private final FloorSettings settings;
    private final PrintStream out;

    FloorsScenario(FloorSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    List<FloorReport.Row> run() throws InterruptedException {
        List<FloorReport.Row> rows = new ArrayList<>();
        long seconds = settings.duration().toSeconds();

        out.println("floors: Kafka round trips at " + settings.kafka() + ", 1 then " + KafkaFloor.IN_FLIGHT
                + " in flight, " + seconds + " s each");
        try {
            KafkaFloor.Result kafka = KafkaFloor.measure(settings.kafka(), settings.duration());
            rows.add(FloorReport.Row.of(FloorReport.KAFKA, kafka.sequential()));
            rows.add(FloorReport.Row.of(FloorReport.KAFKA, kafka.concurrent()));
        } catch (RuntimeException e) {
            rows.add(FloorReport.Row.failed(FloorReport.KAFKA, e.toString()));
        }

        out.println("floors: order transactions in " + settings.orderDatabase() + "'s schema " + PostgresFloor.SCHEMA
                + ", 1 then " + PostgresFloor.CLIENTS + " clients, " + seconds + " s each");
        try {
            PostgresFloor.Result postgres = PostgresFloor.measure(
                    settings.orderDatabase(), settings.dbUser(), settings.dbPassword(), settings.duration());
            rows.add(FloorReport.Row.of(FloorReport.POSTGRES, postgres.oneClient()));
            rows.add(FloorReport.Row.of(FloorReport.POSTGRES, postgres.clients()));
        } catch (SQLException | RuntimeException e) {
            rows.add(FloorReport.Row.failed(FloorReport.POSTGRES, e.toString()));
        }

        out.println(String.format(
                Locale.ROOT,
                "floors: GET %s over 1, then %d connections, %d s each",
                settings.jwks(),
                settings.connections(),
                seconds));
        try {
            // one at a time for a request's own latency, then the connections for the rate
            ReadLoad.Result alone =
                    ReadLoad.measure(List.of(settings.jwks()), null, 1, ReadLoad.WARM_UP, settings.duration());
            rows.add(FloorReport.Row.of(FloorReport.PLAIN, alone.throughput()));
            ReadLoad.Result jwks = ReadLoad.measure(
                    List.of(settings.jwks()), null, settings.connections(), ReadLoad.WARM_UP, settings.duration());
            rows.add(FloorReport.Row.of(FloorReport.PLAIN, jwks.throughput()));
        } catch (RuntimeException e) {
            rows.add(FloorReport.Row.failed(FloorReport.PLAIN, e.toString()));
        }
        return rows;
    }

    /** Whether every floor was measured without a failed call. */
    static boolean clean(List<FloorReport.Row> rows) {
        return rows.stream()
                .allMatch(row -> row.throughput() != null
                        && row.throughput().failed() == 0
                        && row.throughput().refused() == 0);
    }
}
