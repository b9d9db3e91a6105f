package org.onlinemart.commons.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.onlinemart.commons.events.IntegrationEvent;
import org.onlinemart.commons.events.TopicNames;

/**
 * Answers to a request whose asker is waiting (get_product_details), sent to Kafka at once rather than through the
 * outbox. Answering changes nothing, so there is no state change for the answer to commit with, and nothing is lost
 * with an answer Kafka did not take: the asker's wait times out and it asks again, and it ignores late and repeated
 * answers (DESIGN.md §5, §6). Through the outbox each answer cost two commits and a relay hop on the order's path.
 */
@ApplicationScoped
public class Replies {

    private KafkaEventPublisher publisher;
    private TopicNames topics;

    protected Replies() {}

    @Inject
    public Replies(KafkaEventPublisher publisher, TopicNames topics) {
        this.publisher = publisher;
        this.topics = topics;
    }

    /**
     * Sends the answer and waits for Kafka's acknowledgement.
     *
     * @throws EventNotPublishedException when Kafka did not take it
     */
    public void send(IntegrationEvent answer) {
        publisher.publishNow(topics.of(answer.getClass()), answer);
    }
}
