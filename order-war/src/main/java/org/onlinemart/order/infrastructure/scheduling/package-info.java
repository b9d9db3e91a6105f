/**
 * The order service's timed jobs (carts, orders and the order-creation saga), run on the server's managed executor.
 */
package org.onlinemart.order.infrastructure.scheduling;
