package org.onlinemart.commons.messaging;

import java.util.ArrayList;
import java.util.List;
import org.onlinemart.commons.events.IntegrationEvent;

/** Replies that are only recorded, in order. A test fixture: the services' unit tests get it from the test-jar. */
public final class RecordingReplies extends Replies {

    public final List<IntegrationEvent> sent = new ArrayList<>();

    @Override
    public void send(IntegrationEvent answer) {
        sent.add(answer);
    }

    public <E extends IntegrationEvent> List<E> all(Class<E> type) {
        return sent.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
