/**
 * The notification service's Kafka adapters (order_notification, payment_notification): thin consumers that
 * decode an event and call one application service.
 */
package org.onlinemart.notification.infrastructure.messaging;
