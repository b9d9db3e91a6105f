package org.onlinemart.bench;

import java.util.List;

/**
 * One line of {@code check}'s table: what must hold, over how many rows it was checked, how many break it, and the
 * first few of those by id.
 */
record Invariant(String name, long checked, long violations, List<String> examples) {

    /** How many ids a line names at most. */
    static final int EXAMPLES = 5;

    Invariant {
        examples = List.copyOf(examples.subList(0, Math.min(EXAMPLES, examples.size())));
    }

    static Invariant of(String name, long checked, List<String> broken) {
        return new Invariant(name, checked, broken.size(), broken);
    }

    boolean holds() {
        return violations == 0;
    }
}
