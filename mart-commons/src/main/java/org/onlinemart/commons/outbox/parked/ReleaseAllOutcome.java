package org.onlinemart.commons.outbox.parked;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many parked rows went back in line. */
public record ReleaseAllOutcome(@Schema(examples = "3") int released) {}
