package org.onlinemart.commons.deadletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onlinemart.commons.messaging.EventNotPublishedException;
import org.onlinemart.commons.messaging.KafkaEventPublisher;
import org.onlinemart.commons.problem.ConflictException;
import org.onlinemart.commons.problem.ResourceNotFoundException;
import org.onlinemart.commons.problem.ServiceUnavailableException;

class DeadLetterServiceTest {

    /** The table in memory. */
    private static final class StoredDeadLetters extends DeadLetterRepository {
        final TreeMap<Long, DeadLetter> rows = new TreeMap<>();

        void add(DeadLetter deadLetter) {
            rows.put(deadLetter.id(), deadLetter);
        }

        @Override
        public Optional<DeadLetter> find(long id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public List<DeadLetter> notReplayedFrom(long fromId, int limit) {
            return rows.tailMap(fromId).values().stream()
                    .filter(row ->
                            row.replayedAt() == null && row.whyNotReplayable().isEmpty())
                    .limit(limit)
                    .toList();
        }

        @Override
        public long countNotReplayable() {
            return rows.values().stream()
                    .filter(row ->
                            row.replayedAt() == null && row.whyNotReplayable().isPresent())
                    .count();
        }

        @Override
        public long countReplayableNotReplayed() {
            return notReplayedFrom(0, Integer.MAX_VALUE).size();
        }

        @Override
        public void markReplayed(long id) {
            DeadLetter row = rows.get(id);
            rows.put(
                    id,
                    new DeadLetter(
                            id,
                            row.consumer(),
                            row.topic(),
                            row.eventId(),
                            row.messageKey(),
                            row.payload(),
                            row.error(),
                            row.failedAt(),
                            Instant.now()));
        }
    }

    private static final class RecordingPublisher extends KafkaEventPublisher {
        final List<String> sent = new ArrayList<>();
        int failAfter = Integer.MAX_VALUE;

        @Override
        public void publishNow(String topic, String key, String payload) {
            if (sent.size() >= failAfter) {
                throw new EventNotPublishedException(topic, new IllegalStateException("Kafka away"));
            }
            sent.add(topic + " " + key + " " + payload);
        }
    }

    private final StoredDeadLetters stored = new StoredDeadLetters();
    private final RecordingPublisher publisher = new RecordingPublisher();
    private final DeadLetterService service = new DeadLetterService(stored, publisher);

    private static DeadLetter event(long id, String key) {
        return DeadLetterTest.deadLetter(id, "inventory_creation", UUID.randomUUID(), key);
    }

    @Test
    void replayingOneRepublishesItsPayloadUnderItsKeyAndMarksIt() {
        stored.add(event(3, "7"));

        DeadLetter replayed = service.replay(3);

        assertEquals(List.of("inventory_creation 7 {}"), publisher.sent);
        assertEquals(true, replayed.replayedAt() != null);
    }

    @Test
    void anUnknownOneIsNotFoundAndOneWithoutAnEventIsAConflict() {
        stored.add(DeadLetterTest.deadLetter(4, "inventory_creation", null, null));

        assertThrows(ResourceNotFoundException.class, () -> service.replay(99));
        assertThrows(ConflictException.class, () -> service.replay(4));
        assertEquals(List.of(), publisher.sent);
    }

    @Test
    void replayingAllRepublishesThoseNotReplayedAndCountsWhatItSkipped() {
        stored.add(event(1, "a"));
        stored.add(DeadLetterTest.deadLetter(2, null, UUID.randomUUID(), "b"));
        stored.add(event(3, "c"));
        stored.add(DeadLetterTest.deadLetter(4, "inventory_creation", null, null));
        service.replay(3);
        publisher.sent.clear();

        assertEquals(new ReplayAllOutcome(1, 2, 0), service.replayAll());
        assertEquals(List.of("inventory_creation a {}"), publisher.sent);
        assertEquals(new ReplayAllOutcome(0, 2, 0), service.replayAll());
    }

    @Test
    void replayingAllStopsAtItsBoundAndSaysHowManyRemain() {
        for (long id = 1; id <= DeadLetterService.MAX_REPLAYS_PER_CALL + 5; id++) {
            stored.add(event(id, "k"));
        }

        assertEquals(new ReplayAllOutcome(DeadLetterService.MAX_REPLAYS_PER_CALL, 0, 5), service.replayAll());
        assertEquals(new ReplayAllOutcome(5, 0, 0), service.replayAll());
    }

    @Test
    void whenKafkaRefusesOneThoseBeforeItStayReplayedAndItDoesNot() {
        stored.add(event(1, "a"));
        stored.add(event(2, "b"));
        publisher.failAfter = 1;

        assertThrows(ServiceUnavailableException.class, service::replayAll);
        assertEquals(true, stored.rows.get(1L).replayedAt() != null);
        assertEquals(null, stored.rows.get(2L).replayedAt());
    }
}
