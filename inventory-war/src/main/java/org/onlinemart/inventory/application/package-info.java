/**
 * The inventory service's use cases (warehouses, suppliers, stock-in, stock levels and reservations): each one
 * transaction that changes one aggregate and enqueues its events.
 */
package org.onlinemart.inventory.application;
