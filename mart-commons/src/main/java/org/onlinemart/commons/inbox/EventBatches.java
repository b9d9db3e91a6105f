package org.onlinemart.commons.inbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.onlinemart.commons.events.IntegrationEvent;
import org.reactivestreams.Subscriber;

/**
 * What a consumer's {@code @Incoming} method returns to take its channel's events in batches ({@link BatchSubscriber}),
 * each batch applied once per event by {@link IdempotentConsumer#consumeAll}.
 */
@ApplicationScoped
public class EventBatches {

    @Resource
    ManagedThreadFactory threads;

    private IdempotentConsumer consumer;

    protected EventBatches() {}

    @Inject
    public EventBatches(IdempotentConsumer consumer) {
        this.consumer = consumer;
    }

    /** @param name the consumer's name in processed_event and dead_letter, which also names its thread */
    public <E extends IntegrationEvent> Subscriber<Message<String>> of(String name, Class<E> type, Consumer<E> effect) {
        return new BatchSubscriber(name, threads, payloads -> consumer.consumeAll(name, payloads, type, effect));
    }
}
