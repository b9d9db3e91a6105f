package org.onlinemart.inventory.domain;

/** A stock-in breaks a rule of the domain; names the request field (as clients write it) at fault. */
public class InvalidStockInException extends RuntimeException {

    private final String field;

    public InvalidStockInException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
