package org.onlinemart.commons.messaging;

/** Kafka did not acknowledge an event sent with {@link KafkaEventPublisher#publishNow}. */
public class EventNotPublishedException extends RuntimeException {

    public EventNotPublishedException(String topic, Throwable cause) {
        super("Kafka did not take an event for topic " + topic + ": " + cause, cause);
    }
}
