package org.onlinemart.commons.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.onlinemart.commons.events.IntegrationEvent;
import org.onlinemart.commons.metrics.Counted;

/**
 * Applies an event's effect at most once per consumer: the processed-event row and the effect commit in
 * one transaction, and the row's primary key, not a prior check, decides which delivery wins.
 */
@ApplicationScoped
public class Inbox {

    @PersistenceContext
    EntityManager entityManager;

    private final Set<String> knownConsumers = ConcurrentHashMap.newKeySet();
    private MetricRegistry metrics;
    private Event<Counted> counted;

    protected Inbox() {}

    @Inject
    public Inbox(MetricRegistry metrics, Event<Counted> counted) {
        this.counted = counted;
        this.metrics = metrics;
    }

    /** @return false when this consumer had already processed the event (nothing was done) */
    @Transactional
    public <E extends IntegrationEvent> boolean applyOnce(String consumer, E event, Consumer<E> effect) {
        return applyInThisTransaction(consumer, event, effect);
    }

    /**
     * Several events of one consumer, in their order, in one transaction: all applied or, when one effect fails,
     * none.
     *
     * @return how many were applied (the others had been processed before)
     */
    @Transactional
    public <E extends IntegrationEvent> int applyAllOnce(String consumer, List<E> events, Consumer<E> effect) {
        int applied = 0;
        for (E event : events) {
            if (applyInThisTransaction(consumer, event, effect)) {
                applied++;
            }
        }
        return applied;
    }

    private <E extends IntegrationEvent> boolean applyInThisTransaction(String consumer, E event, Consumer<E> effect) {
        int inserted = entityManager
                .createNativeQuery(
                        "INSERT INTO processed_event (event_id, consumer) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, event.eventId())
                .setParameter(2, consumer)
                .executeUpdate();
        if (knownConsumers.add(consumer)) {
            // a running consumer shows 0 duplicates and dead letters rather than no data
            metrics.counter("inbox_duplicates", new Tag("consumer", consumer));
            metrics.counter("inbox_dead_letters", new Tag("consumer", consumer));
        }
        if (inserted == 0) {
            // counted once the transaction commits, as a batch that fails is applied again one by one
            counted.fire(new Counted("inbox_duplicates", "consumer", consumer));
            return false;
        }
        effect.accept(event);
        // inbox_consumed_total{consumer}: events applied, once their effect has committed
        counted.fire(new Counted("inbox_consumed", "consumer", consumer));
        return true;
    }
}
