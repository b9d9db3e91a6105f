package org.onlinemart.commons.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.onlinemart.commons.events.IntegrationEvent;
import org.onlinemart.commons.events.Topic;

/**
 * An outbox that only records what the services enqueue, in order. A test fixture: the services' unit tests get it
 * from mart-commons' test-jar.
 */
public final class RecordingOutbox extends Outbox {

    public final List<IntegrationEvent> events = new ArrayList<>();

    @Override
    public void enqueue(IntegrationEvent event) {
        events.add(event);
    }

    public IntegrationEvent single() {
        assertEquals(1, events.size(), "events " + events);
        return events.get(0);
    }

    public <E extends IntegrationEvent> List<E> all(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The default topic of each event, in the order they were enqueued (not EventCodec's: it needs JSON-B). */
    public List<String> topics() {
        return events.stream()
                .map(event -> event.getClass().getAnnotation(Topic.class).value())
                .toList();
    }
}
