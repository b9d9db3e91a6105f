package org.onlinemart.inventory.domain;

import org.onlinemart.commons.problem.InvalidRequestException;

/** A stock-in breaks a rule of the domain; names the request field (as clients write it) at fault: a 400. */
public class InvalidStockInException extends InvalidRequestException {

    public InvalidStockInException(String field, String message) {
        super("The stock-in has an invalid field", field, message);
    }
}
