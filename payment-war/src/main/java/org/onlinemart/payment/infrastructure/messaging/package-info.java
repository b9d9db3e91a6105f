/**
 * The payment service's Kafka adapters (order_status): thin consumers that decode an event and call one application
 * service.
 */
package org.onlinemart.payment.infrastructure.messaging;
