/**
 * The order service's JPA repositories, implementing its domain's repository interfaces (carts, orders and the
 * order-creation saga).
 */
package org.onlinemart.order.infrastructure.persistence;
