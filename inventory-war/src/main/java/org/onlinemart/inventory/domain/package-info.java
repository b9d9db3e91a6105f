/**
 * The inventory service's domain (warehouses, suppliers, stock-in, stock levels and reservations): entities with
 * business verbs, the rules they keep, and repository interfaces; no framework but JPA and validation annotations.
 */
package org.onlinemart.inventory.domain;
