package org.onlinemart.bench;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One line of {@code check}'s table: what must hold, over how many rows it was checked, and the rows that break it,
 * each named by its id and then, in parentheses, how.
 */
record Invariant(String name, long checked, List<String> broken) {

    /** How many ids a line names at most. */
    static final int EXAMPLES = 5;

    Invariant {
        broken = List.copyOf(broken);
    }

    static Invariant of(String name, long checked, List<String> broken) {
        return new Invariant(name, checked, broken);
    }

    boolean holds() {
        return broken.isEmpty();
    }

    long violations() {
        return broken.size();
    }

    /** The first few broken rows, for a table or a report. */
    List<String> examples() {
        return broken.subList(0, Math.min(EXAMPLES, broken.size()));
    }

    /** The ids of the broken rows ("272" of "272 (not reserved)"), which stay the same while the details change. */
    Set<String> brokenIds() {
        return broken.stream().map(Invariant::idOf).collect(Collectors.toUnmodifiableSet());
    }

    /** The same line without the rows whose ids are given (those already broken before a run). */
    Invariant without(Set<String> ids) {
        return new Invariant(
                name,
                checked,
                broken.stream().filter(row -> !ids.contains(idOf(row))).toList());
    }

    private static String idOf(String row) {
        int details = row.indexOf(" (");
        return details < 0 ? row : row.substring(0, details);
    }
}
