package org.onlinemart.commons.problem;

/** One product there is too little of: how many were asked for and how many can be had. */
public record StockShortage(long productId, int requested, int available) {}
