package org.onlinemart.inventory.application;

import org.onlinemart.inventory.domain.StockIn;

/** A recorded delivery and what its product has available after it. */
public record Received(StockIn stockIn, int available) {}
