/** The payment service's own counters in /metrics, kept from what the application committed. */
package org.onlinemart.payment.infrastructure.metrics;
