package org.onlinemart.commons.problem;

import java.util.List;

/** A 409 whose problem lists, per product, what was asked for and what is available. */
public class StockShortageException extends ConflictException {

    private final transient List<StockShortage> shortages;

    public StockShortageException(String detail, List<StockShortage> shortages) {
        super(detail);
        this.shortages = List.copyOf(shortages);
    }

    public List<StockShortage> shortages() {
        return shortages;
    }
}
