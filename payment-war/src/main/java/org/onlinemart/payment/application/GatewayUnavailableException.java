package org.onlinemart.payment.application;

/** The gateway did not answer; what it did is found out later by asking it by the payment's reference. */
public class GatewayUnavailableException extends RuntimeException {

    public GatewayUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
