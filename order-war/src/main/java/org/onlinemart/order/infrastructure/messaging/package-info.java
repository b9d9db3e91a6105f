/**
 * The order service's Kafka adapters (carts, orders and the order-creation saga): thin consumers that decode an event
 * and call one application service.
 */
package org.onlinemart.order.infrastructure.messaging;
