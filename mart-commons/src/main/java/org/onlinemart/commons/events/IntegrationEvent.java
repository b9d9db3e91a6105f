package org.onlinemart.commons.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An event that crosses a service boundary (DESIGN.md §4). Every event carries its own id, so that
 * consumers can de-duplicate redeliveries, and the time it happened.
 */
public interface IntegrationEvent {

    UUID eventId();

    Instant occurredAt();

    /** The Kafka record key: the aggregate whose events must stay in order. */
    String partitionKey();
}
