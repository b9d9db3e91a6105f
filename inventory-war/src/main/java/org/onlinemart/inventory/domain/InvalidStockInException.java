package org.onlinemart.inventory.domain;

/** A stock-in breaks a rule of the domain: says which of its attributes is at fault, and why. */
public class InvalidStockInException extends RuntimeException {

    /** The attribute of the stock-in that breaks a rule. */
    public enum Attribute {
        QUANTITY,
        COST,
        EXPIRY_DATE
    }

    private final Attribute attribute;

    public InvalidStockInException(Attribute attribute, String message) {
        super(message);
        this.attribute = attribute;
    }

    public Attribute attribute() {
        return attribute;
    }
}
