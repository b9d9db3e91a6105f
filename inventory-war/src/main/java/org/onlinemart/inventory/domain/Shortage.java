package org.onlinemart.inventory.domain;

/** A product an order asks more of than is available; unknown products have 0 available. */
public record Shortage(long productId, int requested, int available) {}
