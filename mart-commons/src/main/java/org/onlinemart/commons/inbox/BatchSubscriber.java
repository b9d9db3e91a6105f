package org.onlinemart.commons.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * Takes a channel's messages and applies whatever has arrived, up to {@value #MAX_BATCH} at a time and in their
 * order, on a thread of its own; acknowledges them once applied and only then asks for as many more. Nothing waits
 * for a batch to fill: a message that arrives alone is applied at once, so batches form only when messages come
 * faster than they are applied, which is when sharing one transaction among them saves the most.
 */
final class BatchSubscriber implements Subscriber<Message<String>> {

    private static final Logger LOG = Logger.getLogger(BatchSubscriber.class.getName());
    static final int MAX_BATCH = 100;

    private final String name;
    private final ThreadFactory threads;
    private final Consumer<List<String>> apply;
    private final BlockingQueue<Message<String>> arrived = new LinkedBlockingQueue<>();
    private volatile Subscription subscription;

    /** @param apply returns once every payload is applied or kept as a dead letter; throws only when stopping */
    BatchSubscriber(String name, ThreadFactory threads, Consumer<List<String>> apply) {
        this.name = name;
        this.threads = threads;
        this.apply = apply;
    }

    @Override
    public void onSubscribe(Subscription subscription) {
        this.subscription = subscription;
        Thread worker = threads.newThread(this::applyArrived);
        worker.setName("consumer " + name);
        worker.start();
        subscription.request(MAX_BATCH);
    }

    @Override
    public void onNext(Message<String> message) {
        arrived.add(message);
    }

    @Override
    public void onError(Throwable failure) {
        // the liveness check notices the channel's topic unassigned and has the server restarted
        LOG.log(Level.SEVERE, name + ": the channel failed and delivers no more messages", failure);
    }

    @Override
    public void onComplete() {
        LOG.info(name + ": the channel ended");
    }

    void applyArrived() {
        List<Message<String>> batch = new ArrayList<>(MAX_BATCH);
        try {
            while (true) {
                batch.add(arrived.take());
                arrived.drainTo(batch, MAX_BATCH - 1);
                apply.accept(batch.stream().map(Message::getPayload).toList());
                batch.forEach(Message::ack);
                subscription.request(batch.size());
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.fine(() -> name + ": stopped; unacknowledged messages come again");
        } catch (RuntimeException e) {
            // IdempotentConsumer throws only when interrupted while retrying, that is when the server stops
            LOG.info(name + ": stopped with " + batch.size() + " message(s) unacknowledged, which come again: " + e);
        }
    }
}
