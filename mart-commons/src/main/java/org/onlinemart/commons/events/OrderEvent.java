package org.onlinemart.commons.events;

import java.util.UUID;

/**
 * An event of one order's saga. It carries the correlation id the order was placed under, so that every service's
 * log lines about the order name the same pair ({@code org.onlinemart.commons.logging.OrderTrail}).
 */
public interface OrderEvent extends IntegrationEvent {

    long orderId();

    /** The order's correlation id; null when the producer was older than correlation ids. */
    UUID correlationId();
}
