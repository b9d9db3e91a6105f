package org.onlinemart.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The fault suite, one fault after the other: a steady order load, the fault injected after a calm spell, the wait
 * until the stack is whole again, a second calm spell, the load stopped, and then {@code check} again and again until
 * every invariant holds or the settle timeout passes. A stack that is not whole before a fault ends the suite there.
 */
final class FaultsScenario {

    private static final Duration CHECK_PERIOD = Duration.ofSeconds(5);

    private final FaultSettings settings;
    private final Control control;
    private final OrderLoad load;
    private final PrintStream log;

    FaultsScenario(FaultSettings settings, Control control, OrderLoad load, PrintStream log) {
        this.settings = settings;
        this.control = control;
        this.load = load;
        this.log = log;
    }

    /** The results of the faults run, in order; fewer than planned when the stack was not whole before one. */
    List<FaultResult> run() throws InterruptedException {
        Baseline baseline = Baseline.of(Convergence.failing(settings.check()));
        if (baseline.rows() > 0) {
            log.println("faults: before the first fault, check finds " + baseline.rows() + " broken row(s) already ("
                    + String.join("; ", baseline.brokenIds().keySet()) + "); they are set aside, not judged");
        }
        List<FaultResult> results = new ArrayList<>();
        for (Fault fault : settings.faults()) {
            Optional<String> missing = control.awaitWhole(settings.recoveryTimeout());
            if (missing.isPresent()) {
                log.println("faults: the stack is not whole before " + fault.label() + " after "
                        + settings.recoveryTimeout().toSeconds() + " s (" + missing.get() + "); the rest is not run");
                break;
            }
            results.add(run(results.size() + 1, fault, baseline));
        }
        return results;
    }

    private FaultResult run(int number, Fault fault, Baseline baseline) throws InterruptedException {
        String label = fault.label();
        OrderLoad.Steady steady = load.steady(settings.rate(), new StageRecorder(number));
        log.printf(
                Locale.ROOT,
                "%s: %s orders/s; %s in %d s%n",
                label,
                Report.rate(settings.rate()),
                fault.doing(),
                settings.calm().toSeconds());
        TimeUnit.NANOSECONDS.sleep(settings.calm().toNanos());
        long injected = System.nanoTime();
        Control.Switch injection = fault.inject(control);
        if (injection.external()) {
            StageResult orders = steady.stop();
            log.println(label + ": skipped, " + injection.why());
            return FaultResult.skipped(label, orders, injection.why());
        }
        String problem = injection.done() ? null : injection.why();
        Optional<String> missing = control.awaitWhole(settings.recoveryTimeout());
        if (missing.isPresent()) {
            StageResult orders = steady.stop();
            String notBack =
                    "not whole again " + settings.recoveryTimeout().toSeconds() + " s after it: " + missing.get();
            log.println(label + ": " + notBack);
            return new FaultResult(
                    label,
                    orders,
                    null,
                    problem == null ? notBack : problem + "; " + notBack,
                    Double.NaN,
                    Double.NaN,
                    List.of());
        }
        double recovery = (System.nanoTime() - injected) / 1e9;
        log.printf(
                Locale.ROOT,
                "%s: whole again after %.1f s%s%n",
                label,
                recovery,
                problem == null ? "" : " (" + problem + ")");
        TimeUnit.NANOSECONDS.sleep(settings.calm().toNanos());
        StageResult orders = steady.stop();
        log.printf(
                Locale.ROOT,
                "%s: load stopped, %d of %d orders placed; checking every %d s for at most %d s%n",
                label,
                orders.count("201"),
                orders.scheduled(),
                CHECK_PERIOD.toSeconds(),
                settings.settleTimeout().toSeconds());
        Convergence.Outcome settled =
                Convergence.await(settings.check(), baseline, settings.settleTimeout(), CHECK_PERIOD);
        log.println(label + ": "
                + (settled.converged()
                        ? String.format(Locale.ROOT, "consistent after %.1f s", settled.seconds())
                        : "still inconsistent after " + settings.settleTimeout().toSeconds() + " s: "
                                + settled.failing().stream()
                                        .map(Invariant::name)
                                        .collect(Collectors.joining("; "))));
        return new FaultResult(label, orders, null, problem, recovery, settled.seconds(), settled.failing());
    }
}
