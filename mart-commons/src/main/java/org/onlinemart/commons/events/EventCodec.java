package org.onlinemart.commons.events;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.config.PropertyNamingStrategy;

/** The one JSON form of events on the wire: snake_case fields, ISO-8601 instants, decimal numbers. */
public final class EventCodec {

    private static final Jsonb JSONB = JsonbBuilder.create(
            new JsonbConfig().withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));

    private EventCodec() {}

    public static String toJson(IntegrationEvent event) {
        return JSONB.toJson(event);
    }

    /** @throws MalformedEventException when the payload is not a valid event of that type */
    public static <E extends IntegrationEvent> E fromJson(String json, Class<E> type) {
        if (json == null) {
            throw new MalformedEventException("a record without a value (a tombstone) is no event");
        }
        try {
            E event = JSONB.fromJson(json, type);
            if (event == null || event.eventId() == null) {
                throw new MalformedEventException("event without event_id");
            }
            return event;
        } catch (JsonbException e) {
            throw new MalformedEventException(e.getMessage());
        }
    }

    public static String topicOf(Class<? extends IntegrationEvent> type) {
        Topic topic = type.getAnnotation(Topic.class);
        if (topic == null) {
            throw new IllegalArgumentException(type.getName() + " has no @Topic");
        }
        return topic.value();
    }
}
