package org.onlinemart.inventory.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.onlinemart.commons.events.IntegrationEvent;
import org.onlinemart.commons.outbox.Outbox;

/** An outbox that only records what the services enqueue. */
final class RecordingOutbox extends Outbox {

    final List<IntegrationEvent> events = new ArrayList<>();

    @Override
    public void enqueue(IntegrationEvent event) {
        events.add(event);
    }

    IntegrationEvent single() {
        assertEquals(1, events.size(), "events " + events);
        return events.get(0);
    }

    <E extends IntegrationEvent> List<E> all(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
