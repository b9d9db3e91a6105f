package org.onlinemart.commons.deadletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.onlinemart.commons.messaging.EventNotPublishedException;
import org.onlinemart.commons.messaging.KafkaEventPublisher;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;
import org.onlinemart.commons.problem.ConflictException;
import org.onlinemart.commons.problem.ResourceNotFoundException;
import org.onlinemart.commons.problem.ServiceUnavailableException;

/**
 * Replays dead letters: republishes the stored payload, under its Kafka key, to the topic it came from, then marks
 * it replayed. Every consumer group of the topic gets it again; the groups that had applied it skip it as a
 * duplicate (processed_event), and the consumer that had failed applies it. No transaction is open while Kafka
 * answers; a replay that runs twice at once only publishes twice, which the consumers de-duplicate.
 */
@ApplicationScoped
public class DeadLetterService {

    private static final Logger LOG = Logger.getLogger(DeadLetterService.class.getName());
    /** How many rows one replay-all call republishes at most, so that a call ends in seconds. */
    static final int MAX_REPLAYS_PER_CALL = 1000;

    private static final int BATCH = 100;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private DeadLetterRepository deadLetters;
    private KafkaEventPublisher publisher;

    protected DeadLetterService() {}

    @Inject
    public DeadLetterService(DeadLetterRepository deadLetters, KafkaEventPublisher publisher) {
        this.deadLetters = deadLetters;
        this.publisher = publisher;
    }

    public Page<DeadLetter> newestFirst(PageRequest request) {
        return deadLetters.newestFirst(request);
    }

    public DeadLetter find(long id) {
        return deadLetters.find(id).orElseThrow(() -> new ResourceNotFoundException("Dead letter", id));
    }

    /**
     * Replays one, also one replayed before (an admin asks for it by id).
     *
     * @throws ConflictException when it holds no event or has no topic
     */
    public DeadLetter replay(long id) {
        DeadLetter deadLetter = find(id);
        deadLetter.whyNotReplayable().ifPresent(reason -> {
            throw new ConflictException(reason);
        });
        republish(deadLetter);
        return find(id);
    }

    /** Replays the oldest replayable dead letters not replayed yet, up to {@value #MAX_REPLAYS_PER_CALL}. */
    public ReplayAllOutcome replayAll() {
        int replayed = 0;
        long next = 0;
        while (replayed < MAX_REPLAYS_PER_CALL) {
            List<DeadLetter> batch =
                    deadLetters.notReplayedFrom(next, Math.min(BATCH, MAX_REPLAYS_PER_CALL - replayed));
            if (batch.isEmpty()) {
                break;
            }
            for (DeadLetter deadLetter : batch) {
                republish(deadLetter);
                replayed++;
                next = deadLetter.id() + 1;
            }
        }
        return new ReplayAllOutcome(
                replayed, deadLetters.countNotReplayable(), deadLetters.countReplayableNotReplayed());
    }

    private void republish(DeadLetter deadLetter) {
        try {
            publisher.publishNow(deadLetter.topic(), deadLetter.replayKey(), deadLetter.payload());
        } catch (EventNotPublishedException e) {
            throw new ServiceUnavailableException(
                    "Kafka did not take dead letter " + deadLetter.id() + "; it stays not replayed", RETRY_AFTER);
        }
        deadLetters.markReplayed(deadLetter.id());
        LOG.info("Replayed dead letter " + deadLetter.id() + " of " + deadLetter.consumer() + " (event "
                + deadLetter.eventId() + ") to " + deadLetter.topic());
    }
}
