/**
 * The payment service's timed jobs: finishing payments and refunds that wait for the gateway, run on the server's
 * managed executor.
 */
package org.onlinemart.payment.infrastructure.scheduling;
