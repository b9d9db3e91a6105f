/**
 * The product service's JPA repositories, implementing its domain's repository interfaces (categories, products and
 * their prices).
 */
package org.onlinemart.product.infrastructure.persistence;
