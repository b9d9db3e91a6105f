package org.onlinemart.commons.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;

class BatchSubscriberTest {

    private final List<List<String>> batches = new CopyOnWriteArrayList<>();
    private final List<String> acknowledged = new CopyOnWriteArrayList<>();
    private final List<Long> requested = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstBatchStarted = new CountDownLatch(1);
    private final CountDownLatch firstBatchMayEnd = new CountDownLatch(1);
    private final CountDownLatch threeRequests = new CountDownLatch(3);

    private final Subscription subscription = new Subscription() {
        @Override
        public void request(long n) {
            requested.add(n);
            threeRequests.countDown();
        }

        @Override
        public void cancel() {}
    };

    private Message<String> message(String payload) {
        return Message.of(payload, () -> {
            acknowledged.add(payload);
            return CompletableFuture.completedFuture(null);
        });
    }

    @Test
    void whatArrivesWhileABatchIsAppliedIsAppliedTogetherNextThenAcknowledgedInOrder() throws InterruptedException {
        var subscriber = new BatchSubscriber("c", Thread::new, payloads -> {
            batches.add(payloads);
            if (batches.size() == 1) {
                firstBatchStarted.countDown();
                await(firstBatchMayEnd);
            }
        });

        subscriber.onSubscribe(subscription);
        subscriber.onNext(message("a"));
        assertTrue(firstBatchStarted.await(10, TimeUnit.SECONDS), "a message alone is applied at once");
        subscriber.onNext(message("b"));
        subscriber.onNext(message("c"));
        firstBatchMayEnd.countDown();

        assertTrue(threeRequests.await(10, TimeUnit.SECONDS));
        assertEquals(List.of(List.of("a"), List.of("b", "c")), batches);
        assertEquals(List.of("a", "b", "c"), acknowledged);
        assertEquals(
                List.of((long) BatchSubscriber.MAX_BATCH, 1L, 2L),
                requested,
                "as many asked for as were acknowledged, so that at most a batch's worth waits");
    }

    @Test
    void messagesNotAppliedWhenTheServerStopsAreNotAcknowledged() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        var subscriber = new BatchSubscriber(
                "c",
                task -> new Thread(() -> {
                    task.run();
                    stopped.countDown();
                }),
                payloads -> {
                    throw new IllegalStateException("c stopped while retrying event x; it was not acknowledged");
                });

        subscriber.onSubscribe(subscription);
        subscriber.onNext(message("a"));

        assertTrue(stopped.await(10, TimeUnit.SECONDS));
        assertEquals(List.of(), acknowledged);
        assertEquals(List.of((long) BatchSubscriber.MAX_BATCH), requested);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
