package org.onlinemart.bench;

import java.time.Instant;

/** An order POST /order answered 201 for, and when that request was sent. */
record PlacedOrder(long orderId, Instant sent) {}
