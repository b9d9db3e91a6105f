package org.onlinemart.commons.deadletter;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A message a consumer could not process, as the dead_letter table keeps it.
 *
 * @param topic null for rows stored before topics were recorded, or for an event type without one
 * @param eventId null when the message could not be decoded as an event
 * @param messageKey the Kafka key the event was published with; null when unknown
 * @param payload null when it was not read (lists leave it out)
 */
public record DeadLetter(
        long id,
        String consumer,
        String topic,
        UUID eventId,
        String messageKey,
        String payload,
        String error,
        Instant failedAt,
        Instant replayedAt) {

    /** Why it cannot be replayed, if it cannot. */
    public Optional<String> whyNotReplayable() {
        if (eventId == null) {
            return Optional.of("Dead letter " + id + " holds no event (its payload could not be decoded as one):"
                    + " there is nothing to replay");
        }
        if (topic == null) {
            return Optional.of("Dead letter " + id + " has no topic (it was stored before topics were recorded):"
                    + " there is nowhere to replay it to");
        }
        return Optional.empty();
    }

    /**
     * The Kafka key to republish it with: the one it was published with, else its event id. An event id as key
     * may put it on another partition than the aggregate's other events, so it is not ordered with them; events
     * are de-duplicated by id, not by key, so it is applied all the same.
     */
    public String replayKey() {
        return messageKey != null ? messageKey : eventId.toString();
    }
}
