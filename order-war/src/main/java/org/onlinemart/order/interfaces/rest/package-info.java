/**
 * The order service's HTTP API (carts, orders and the order-creation saga): resources, request and response records,
 * and the problem answers to its own exceptions.
 */
package org.onlinemart.order.interfaces.rest;
