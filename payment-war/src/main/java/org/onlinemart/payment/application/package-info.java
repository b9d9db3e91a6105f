/**
 * The payment service's use cases (payments and refunds): each one transaction that changes one aggregate and
 * enqueues its events.
 */
package org.onlinemart.payment.application;
