package org.onlinemart.bench;

import java.util.List;

/**
 * What became of one fault.
 *
 * @param load the orders around it, from the first calm spell to the end of the second
 * @param skipped why it was not injected (the part is not the devstack's); null when it was
 * @param problem what went wrong besides the invariants (a switch that failed, a stack not whole again); null if none
 * @param recoverySeconds from the kill or the stop until every part and service was ready again; NaN when not in time
 * @param consistentSeconds from the load's end until a check held; NaN when none did in time
 * @param violated the invariants the last check found broken; empty when it held
 */
record FaultResult(
        String fault,
        StageResult load,
        String skipped,
        String problem,
        double recoverySeconds,
        double consistentSeconds,
        List<Invariant> violated) {

    static FaultResult skipped(String fault, StageResult load, String why) {
        return new FaultResult(fault, load, why, null, Double.NaN, Double.NaN, List.of());
    }

    boolean isSkipped() {
        return skipped != null;
    }

    /** Injected, back in time, and a check held before the settle timeout. */
    boolean converged() {
        return !isSkipped() && problem == null && !Double.isNaN(consistentSeconds);
    }

    boolean failed() {
        return !isSkipped() && !converged();
    }
}
