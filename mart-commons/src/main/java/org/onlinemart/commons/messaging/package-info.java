/**
 * The Kafka producer every service shares, for the outbox relay and for requests sent straight away.
 */
package org.onlinemart.commons.messaging;
