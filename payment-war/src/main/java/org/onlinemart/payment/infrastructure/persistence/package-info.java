/**
 * The payment service's JPA repositories, implementing its domain's repository interfaces (payments and refunds).
 */
package org.onlinemart.payment.infrastructure.persistence;
