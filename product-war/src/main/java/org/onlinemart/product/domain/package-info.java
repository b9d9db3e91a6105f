/**
 * The product service's domain (categories, products and their prices): entities with business verbs, the rules they
 * keep, and repository interfaces; no framework but JPA and validation annotations.
 */
package org.onlinemart.product.domain;
