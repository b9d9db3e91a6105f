package org.onlinemart.order.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.onlinemart.commons.events.ProductDetailsAnswered;
import org.onlinemart.commons.events.StockDetailsAnswered;

/**
 * The get_product_details requests of this instance that still wait for their two replies, by correlation id.
 * The reply consumers complete them; a reply nobody waits for is ignored and counted in
 * {@code order_replies_ignored_total}: {@code duplicate} when its request already had that reply, {@code late}
 * when its request gave up before it came, {@code unknown} otherwise (another instance's request, or one older
 * than the last {@value #REMEMBERED_FINISHED} this instance finished).
 */
@ApplicationScoped
public class PendingReplies {

    private static final Logger LOG = Logger.getLogger(PendingReplies.class.getName());
    static final int REMEMBERED_FINISHED = 10_000;

    /** Both replies to one request. */
    public record Pending(
            UUID correlationId,
            CompletableFuture<ProductDetailsAnswered> products,
            CompletableFuture<StockDetailsAnswered> stock) {}

    private final Map<UUID, Pending> waiting = new ConcurrentHashMap<>();
    /** Finished requests, to tell a duplicate or late reply from an unknown one; the oldest are forgotten. */
    private final Map<UUID, Pending> finished = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Pending> eldest) {
            return size() > REMEMBERED_FINISHED;
        }
    });

    private MetricRegistry metrics;

    protected PendingReplies() {}

    @Inject
    public PendingReplies(MetricRegistry metrics) {
        this.metrics = metrics;
        // at 0 until a reply is ignored, so that a dashboard reads "none" rather than no data
        for (String reason : List.of("duplicate", "late", "unknown")) {
            metrics.counter("order_replies_ignored", new Tag("reason", reason));
        }
    }

    /** Registers a request before it is sent, so that even the fastest reply finds it. */
    public Pending expect(UUID correlationId) {
        Pending pending = new Pending(correlationId, new CompletableFuture<>(), new CompletableFuture<>());
        waiting.put(correlationId, pending);
        return pending;
    }

    /** The request stopped waiting, answered or not. */
    public void forget(UUID correlationId) {
        Pending pending = waiting.remove(correlationId);
        if (pending != null) {
            finished.put(correlationId, pending);
        }
    }

    void productsAnswered(ProductDetailsAnswered answer) {
        deliver(answer.correlationId(), answer, Pending::products, "products_details_response");
    }

    void stockAnswered(StockDetailsAnswered answer) {
        deliver(answer.correlationId(), answer, Pending::stock, "inventory_details_response");
    }

    private <R> void deliver(UUID correlationId, R reply, Function<Pending, CompletableFuture<R>> slot, String topic) {
        Pending pending = waiting.get(correlationId);
        if (pending != null && slot.apply(pending).complete(reply)) {
            return;
        }
        Pending done = pending != null ? pending : finished.get(correlationId);
        String reason = done == null ? "unknown" : slot.apply(done).isDone() ? "duplicate" : "late";
        metrics.counter("order_replies_ignored", new Tag("reason", reason)).inc();
        LOG.fine(() -> "Ignored a " + reason + " reply on " + topic + " to request " + correlationId);
    }
}
