/**
 * The inventory service's JPA repositories, implementing its domain's repository interfaces (warehouses, suppliers,
 * stock-in, stock levels and reservations).
 */
package org.onlinemart.inventory.infrastructure.persistence;
