/**
 * The inventory service's Kafka adapters (warehouses, suppliers, stock-in, stock levels and reservations): thin
 * consumers that decode an event and call one application service.
 */
package org.onlinemart.inventory.infrastructure.messaging;
