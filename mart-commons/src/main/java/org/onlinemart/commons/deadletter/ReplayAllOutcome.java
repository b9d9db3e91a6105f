package org.onlinemart.commons.deadletter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one replay-all call did. */
public record ReplayAllOutcome(
        @Schema(description = "Dead letters republished by this call", examples = "3")
        int replayed,

        @Schema(
                description = "Dead letters not replayed that cannot be: they hold no event, or have no topic",
                examples = "1")
        long skipped,

        @Schema(
                description = "Replayable dead letters still not replayed, beyond this call's bound: call again",
                examples = "0")
        long remaining) {}
