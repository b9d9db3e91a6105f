/**
 * The inventory service's HTTP API (warehouses, suppliers, stock-in, stock levels and reservations): resources,
 * request and response records, and the problem answers to its own exceptions.
 */
package org.onlinemart.inventory.interfaces.rest;
