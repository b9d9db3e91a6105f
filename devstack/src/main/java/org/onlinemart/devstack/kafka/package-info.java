/**
 * A one-node Kafka broker in KRaft mode as a child JVM, and the topics the services use.
 */
package org.onlinemart.devstack.kafka;
