package org.onlinemart.product.application;

import java.util.ArrayList;
import java.util.List;
import org.onlinemart.commons.events.IntegrationEvent;
import org.onlinemart.commons.outbox.Outbox;

/** Keeps what the services enqueue, in order. */
class RecordingOutbox extends Outbox {

    final List<IntegrationEvent> events = new ArrayList<>();

    @Override
    public void enqueue(IntegrationEvent event) {
        events.add(event);
    }

    <E extends IntegrationEvent> List<E> events(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
