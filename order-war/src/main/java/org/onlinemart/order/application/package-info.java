/**
 * The order service's use cases (carts, orders and the order-creation saga): each one transaction that changes one
 * aggregate and enqueues its events.
 */
package org.onlinemart.order.application;
