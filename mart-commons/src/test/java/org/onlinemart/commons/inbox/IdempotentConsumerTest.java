package org.onlinemart.commons.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.onlinemart.commons.events.EventCodec;
import org.onlinemart.commons.events.IntegrationEvent;
import org.onlinemart.commons.events.ProductCreated;
import org.onlinemart.commons.persistence.SchemaMigration;

class IdempotentConsumerTest {

    private static final RuntimeException DATABASE_AWAY =
            new IllegalStateException("tx", new SQLException("Connection refused", "08001"));

    /** Fails with the given failures first, then applies the effect; a batch as one transaction of {@code applied}. */
    private final class ScriptedInbox extends Inbox {
        final List<RuntimeException> failures;
        int calls;
        int batchCalls;

        ScriptedInbox(List<RuntimeException> failures) {
            this.failures = new ArrayList<>(failures);
        }

        @Override
        public <E extends IntegrationEvent> boolean applyOnce(String consumer, E event, Consumer<E> effect) {
            calls++;
            if (!failures.isEmpty()) {
                throw failures.remove(0);
            }
            effect.accept(event);
            return true;
        }

        @Override
        public <E extends IntegrationEvent> int applyAllOnce(String consumer, List<E> events, Consumer<E> effect) {
            batchCalls++;
            int before = applied.size();
            try {
                events.forEach(effect);
            } catch (RuntimeException e) {
                applied.subList(before, applied.size()).clear(); // rolled back
                throw e;
            }
            return events.size();
        }
    }

    private static final class RecordingDeadLetters extends DeadLetters {
        final List<UUID> stored = new ArrayList<>();
        final List<String> payloads = new ArrayList<>();

        @Override
        public void store(
                String consumer,
                Class<? extends IntegrationEvent> type,
                IntegrationEvent event,
                String payload,
                Throwable cause) {
            stored.add(event == null ? null : event.eventId());
            payloads.add(payload);
        }
    }

    private static final class MigratedSchema extends SchemaMigration {
        @Override
        public boolean awaitDone(Duration bound) {
            return true;
        }
    }

    private final RecordingDeadLetters deadLetters = new RecordingDeadLetters();
    private final List<Duration> pauses = new ArrayList<>();
    private final List<ProductCreated> applied = new ArrayList<>();
    private final ProductCreated event = ProductCreated.of(7, "Kettle", null);

    private IdempotentConsumer consumerWith(ScriptedInbox inbox) {
        return new IdempotentConsumer(inbox, deadLetters, new MigratedSchema(), pauses::add);
    }

    @Test
    void whileTheDatabaseIsAwayItWaitsLongerEachTimeAndAppliesTheEventOnceItIsBack() {
        List<RuntimeException> outage = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            outage.add(DATABASE_AWAY);
        }
        var inbox = new ScriptedInbox(outage);

        consumerWith(inbox).consume("c", EventCodec.toJson(event), ProductCreated.class, applied::add);

        assertEquals(
                List.of(event.eventId()),
                applied.stream().map(ProductCreated::eventId).toList());
        assertEquals(13, inbox.calls);
        assertEquals(List.of(), deadLetters.stored, "nothing dead-lettered for an outage");
        assertEquals(Duration.ofMillis(200), pauses.get(0));
        assertEquals(Duration.ofMillis(400), pauses.get(1));
        assertEquals(Duration.ofSeconds(30), pauses.get(11), "the back-off is capped");
    }

    @Test
    void anEventWhoseEffectFailsEveryTimeIsDeadLetteredAfterAFewAttempts() {
        var rule = new IllegalArgumentException("quantity below 1");
        var inbox = new ScriptedInbox(List.of(rule, rule, rule, rule));

        consumerWith(inbox).consume("c", EventCodec.toJson(event), ProductCreated.class, applied::add);

        assertEquals(IdempotentConsumer.PERMANENT_ATTEMPTS, inbox.calls);
        assertEquals(List.of(event.eventId()), deadLetters.stored);
        assertTrue(applied.isEmpty());
    }

    @Test
    void aBatchIsAppliedInOneTransactionInItsOrder() {
        var inbox = new ScriptedInbox(List.of());
        List<ProductCreated> events =
                List.of(event, ProductCreated.of(8, "Mug", null), ProductCreated.of(9, "Tea", null));

        consumerWith(inbox)
                .consumeAll("c", events.stream().map(EventCodec::toJson).toList(), ProductCreated.class, applied::add);

        assertEquals(1, inbox.batchCalls);
        assertEquals(0, inbox.calls);
        assertEquals(idsOf(events), idsOf(applied));
    }

    @Test
    void aBatchWithAnEventThatFailsIsAppliedOneByOneSoThatOnlyThatEventIsDeadLettered() {
        var inbox = new ScriptedInbox(List.of());
        ProductCreated poison = ProductCreated.of(8, "Mug", null);
        ProductCreated last = ProductCreated.of(9, "Tea", null);
        Consumer<ProductCreated> effect = created -> {
            if (created.equals(poison)) {
                throw new IllegalArgumentException("quantity below 1");
            }
            applied.add(created);
        };

        consumerWith(inbox)
                .consumeAll(
                        "c",
                        List.of(EventCodec.toJson(event), EventCodec.toJson(poison), EventCodec.toJson(last)),
                        ProductCreated.class,
                        effect);

        assertEquals(1, inbox.batchCalls);
        assertEquals(idsOf(List.of(event, last)), idsOf(applied), "the others applied once, in their order");
        assertEquals(List.of(poison.eventId()), deadLetters.stored);
        assertEquals(1 + IdempotentConsumer.PERMANENT_ATTEMPTS + 1, inbox.calls);
    }

    @Test
    void aMessageOfABatchThatIsNoEventIsDeadLetteredAndTheRestAppliedTogether() {
        var inbox = new ScriptedInbox(List.of());
        ProductCreated other = ProductCreated.of(8, "Mug", null);

        consumerWith(inbox)
                .consumeAll(
                        "c",
                        List.of(EventCodec.toJson(event), "not json", EventCodec.toJson(other)),
                        ProductCreated.class,
                        applied::add);

        assertEquals(List.of("not json"), deadLetters.payloads);
        assertEquals(1, inbox.batchCalls);
        assertEquals(idsOf(List.of(event, other)), idsOf(applied));
    }

    private static List<UUID> idsOf(List<ProductCreated> events) {
        return events.stream().map(ProductCreated::eventId).toList();
    }

    @Test
    void aMessageThatIsNoEventIsDeadLetteredAtOnceWhateverItIs() {
        var inbox = new ScriptedInbox(List.of());
        IdempotentConsumer consumer = consumerWith(inbox);

        consumer.consume("c", "{\"this is\": not JSON", ProductCreated.class, applied::add);
        consumer.consume("c", null, ProductCreated.class, applied::add);
        consumer.consume("c", "42", ProductCreated.class, applied::add);

        assertEquals(3, deadLetters.stored.size());
        deadLetters.stored.forEach(eventId -> assertNull(eventId));
        assertEquals(0, inbox.calls);
        assertTrue(applied.isEmpty());
    }

    @Test
    void aMessageThatEvenTheDeadLetterTableRefusesIsLetGoInsteadOfStoppingTheChannel() {
        var refusing = new DeadLetters() {
            int calls;

            @Override
            public void store(
                    String consumer,
                    Class<? extends IntegrationEvent> type,
                    IntegrationEvent event,
                    String payload,
                    Throwable cause) {
                calls++;
                throw new IllegalStateException("tx", new SQLException("value too long", "22001"));
            }
        };
        var consumer =
                new IdempotentConsumer(new ScriptedInbox(List.of()), refusing, new MigratedSchema(), pauses::add);

        consumer.consume("c", "not an event", ProductCreated.class, applied::add);

        assertEquals(IdempotentConsumer.PERMANENT_ATTEMPTS, refusing.calls);
    }

    @Test
    void aServerStoppingDuringTheWaitLeavesTheEventUnacknowledged() {
        var inbox = new ScriptedInbox(List.of(DATABASE_AWAY));
        var consumer = new IdempotentConsumer(inbox, deadLetters, new MigratedSchema(), duration -> {
            throw new InterruptedException("server stopping");
        });

        assertThrows(
                IllegalStateException.class,
                () -> consumer.consume("c", EventCodec.toJson(event), ProductCreated.class, applied::add));
        assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        assertEquals(List.of(), deadLetters.stored);
        assertTrue(applied.isEmpty());
    }

    @Test
    void aRequestIsAnsweredWithoutTheInboxSoThatItCostsNoCommit() {
        ScriptedInbox inbox = new ScriptedInbox(List.of());

        consumerWith(inbox).answer("product.details", EventCodec.toJson(event), ProductCreated.class, applied::add);

        assertEquals(
                List.of(event.eventId()),
                applied.stream().map(ProductCreated::eventId).toList());
        assertEquals(0, inbox.calls);
    }

    @Test
    void anAnswerThatFailsIsLeftUnansweredNotRetriedNorDeadLettered() {
        List<Integer> attempts = new ArrayList<>();

        consumerWith(new ScriptedInbox(List.of()))
                .answer("product.details", EventCodec.toJson(event), ProductCreated.class, request -> {
                    attempts.add(1);
                    throw DATABASE_AWAY;
                });

        assertEquals(1, attempts.size());
        assertTrue(pauses.isEmpty());
        assertTrue(deadLetters.stored.isEmpty());
    }

    @Test
    void aRequestThatCannotBeReadIsDeadLettered() {
        consumerWith(new ScriptedInbox(List.of()))
                .answer("product.details", "not json", ProductCreated.class, applied::add);

        assertTrue(applied.isEmpty());
        assertEquals(List.of("not json"), deadLetters.payloads);
    }
}
