package org.onlinemart.inventory.domain;

public interface StockInRepository {

    /** Stores the delivery and assigns its id. */
    void add(StockIn stockIn);
}
