/**
 * The product service's use cases (categories, products and their prices): each one transaction that changes one
 * aggregate and enqueues its events.
 */
package org.onlinemart.product.application;
