/**
 * The payment service's domain (payments and refunds): entities with business verbs, the rules they keep, and
 * repository interfaces; no framework but JPA and validation annotations.
 */
package org.onlinemart.payment.domain;
