package org.onlinemart.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rows {@code check} finds broken before the fault suite's first fault, per invariant: left by earlier runs or
 * by the system tests, which write odd rows on purpose. The suite judges only what breaks besides them, and says how
 * many it set aside.
 */
record Baseline(Map<String, Set<String>> brokenIds) {

    Baseline {
        brokenIds = Map.copyOf(brokenIds);
    }

    static Baseline of(List<Invariant> failing) {
        return new Baseline(failing.stream().collect(Collectors.toMap(Invariant::name, Invariant::brokenIds)));
    }

    /** The invariants still broken once the baseline's rows are set aside. */
    List<Invariant> beyond(List<Invariant> failing) {
        return failing.stream()
                .map(invariant -> invariant.without(brokenIds.getOrDefault(invariant.name(), Set.of())))
                .filter(invariant -> !invariant.holds())
                .toList();
    }

    int rows() {
        return brokenIds.values().stream().mapToInt(Set::size).sum();
    }
}
