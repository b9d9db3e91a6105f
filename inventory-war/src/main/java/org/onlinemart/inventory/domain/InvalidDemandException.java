package org.onlinemart.inventory.domain;

/** A deduction that is no order's (no lines, too many, a quantity below 1): it is rejected, never reserved. */
public class InvalidDemandException extends RuntimeException {

    public InvalidDemandException(String message) {
        super(message);
    }
}
