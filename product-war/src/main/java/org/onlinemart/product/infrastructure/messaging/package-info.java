/**
 * The product service's Kafka adapters (categories, products and their prices): thin consumers that decode an event
 * and call one application service.
 */
package org.onlinemart.product.infrastructure.messaging;
