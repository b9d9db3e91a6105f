package org.onlinemart.order.application;

import java.util.List;
import org.onlinemart.order.domain.Quote;

/** Inventory has fewer units than the cart asks for of some products; nothing was ordered. */
public class StockShortageException extends RuntimeException {

    private final transient List<Quote.Shortage> shortages;

    public StockShortageException(List<Quote.Shortage> shortages) {
        super("There is not enough stock for " + shortages.size() + " product(s) of the cart");
        this.shortages = List.copyOf(shortages);
    }

    public List<Quote.Shortage> shortages() {
        return shortages;
    }
}
