package org.onlinemart.bench;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * {@code check} run again and again after a fault until every invariant holds: the stack converges rather than being
 * consistent at every instant (PENDING orders are reconciled after a minute or so, outbox relays and mail retries back
 * off).
 */
final class Convergence {

    private Convergence() {}

    /**
     * @param seconds from the first check to the one that held; NaN when none did in time
     * @param failing the invariants the last check found broken; empty when it held
     */
    record Outcome(double seconds, List<Invariant> failing) {

        boolean converged() {
            return !Double.isNaN(seconds);
        }
    }

    static Outcome await(CheckSettings settings, Baseline baseline, Duration timeout, Duration period)
            throws InterruptedException {
        long start = System.nanoTime();
        List<Invariant> failing = Poll.until(() -> baseline.beyond(failing(settings)), List::isEmpty, timeout, period);
        return new Outcome(failing.isEmpty() ? (System.nanoTime() - start) / 1e9 : Double.NaN, failing);
    }

    /** One check's broken invariants; databases that cannot be read count as one more, with the reason. */
    static List<Invariant> failing(CheckSettings settings) {
        try {
            return Invariants.evaluate(new Databases(settings).read(), settings).stream()
                    .filter(invariant -> !invariant.holds())
                    .toList();
        } catch (SQLException e) {
            return List.of(
                    Invariant.of("databases: all six can be read", Databases.SERVICES.size(), List.of(e.getMessage())));
        }
    }
}
