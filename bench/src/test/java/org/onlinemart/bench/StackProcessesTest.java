package org.onlinemart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StackProcessesTest {

    @Test
    void readsParentAndAllFourCpuTimesEvenWhenTheNameHasSpacesAndParentheses() {
        String line = "4242 (java (x) y) S 4200 4242 4200 0 -1 4194560 100 0 0 0 250 50 7 3 20 0 40 0 1000 "
                + "4000000 50000 18446744073709551615 1 1 0 0 0 0 0 4096 0 0 0 0 17 1 0 0 0 0 0";

        StackProcesses.Stat stat = StackProcesses.parseStat(line);

        assertEquals(new StackProcesses.Stat(4242, 4200, 250 + 50 + 7 + 3), stat);
    }

    @Test
    void aPartIsItsRootWithEveryDescendantButNotAnotherPartBelowIt() {
        Map<Long, StackProcesses.Stat> stats = Map.of(
                1L, new StackProcesses.Stat(1, 0, 0),
                10L, new StackProcesses.Stat(10, 1, 0),
                11L, new StackProcesses.Stat(11, 10, 0),
                12L, new StackProcesses.Stat(12, 11, 0),
                20L, new StackProcesses.Stat(20, 10, 0),
                21L, new StackProcesses.Stat(21, 20, 0),
                30L, new StackProcesses.Stat(30, 1, 0));

        List<Long> tree = StackProcesses.tree(10, stats, Set.of(10L, 20L));

        assertEquals(Set.of(10L, 11L, 12L), Set.copyOf(tree));
    }

    @Test
    void cpuTimeBetweenSamplesIsInMillisecondsPerPartPresentInBoth() {
        Map<String, StackProcesses.Usage> before =
                Map.of("order", new StackProcesses.Usage(1000, 1), "kafka", new StackProcesses.Usage(10, 1));
        Map<String, StackProcesses.Usage> after =
                Map.of("order", new StackProcesses.Usage(1150, 1), "postgres", new StackProcesses.Usage(99, 1));

        assertEquals(Map.of("order", 1500.0), StackProcesses.cpuMillis(before, after));
    }

    @Test
    void proportionalMemoryComesFromThePssLine() {
        List<String> rollup = List.of(
                "55d0c0a00000-7ffd1b7f6000 ---p 00000000 00:00 0                          [rollup]",
                "Rss:              512000 kB",
                "Pss:              401234 kB",
                "Pss_Anon:         390000 kB");

        assertEquals(401234, StackProcesses.parsePssKib(rollup));
    }
}
