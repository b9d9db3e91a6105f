/**
 * The order service's domain (carts, orders and the order-creation saga): entities with business verbs, the rules
 * they keep, and repository interfaces; no framework but JPA and validation annotations.
 */
package org.onlinemart.order.domain;
