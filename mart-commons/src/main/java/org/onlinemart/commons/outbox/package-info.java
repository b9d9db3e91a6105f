/**
 * The transactional outbox: events written in the caller's transaction, and the relay that publishes them to Kafka in
 * order after the commit.
 */
package org.onlinemart.commons.outbox;
