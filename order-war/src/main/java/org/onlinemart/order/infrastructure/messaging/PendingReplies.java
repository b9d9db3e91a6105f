package org.onlinemart.order.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.onlinemart.commons.events.ProductDetailsAnswered;
import org.onlinemart.commons.events.StockDetailsAnswered;

/**
 * The get_product_details requests of this instance that still wait for their two replies, by correlation id.
 * The reply consumers complete them; a reply nobody waits for is ignored and counted in
 * {@code order_replies_ignored_total}: {@code late} when its request already gave up, {@code duplicate} when its
 * request already had that reply, {@code unknown} otherwise (another instance's request, or an old one).
 */
@ApplicationScoped
public class PendingReplies {

    private static final Logger LOG = Logger.getLogger(PendingReplies.class.getName());
    /** How many given-up requests are remembered to tell a late reply from an unknown one. */
    private static final int REMEMBERED_GIVEN_UP = 10_000;

    /** Both replies to one request. */
    public record Pending(UUID correlationId, CompletableFuture<ProductDetailsAnswered> products,
                          CompletableFuture<StockDetailsAnswered> stock) {
    }

    private final Map<UUID, Pending> waiting = new ConcurrentHashMap<>();
    private final Set<UUID> givenUp = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<UUID, Boolean> eldest) {
                    return size() > REMEMBERED_GIVEN_UP;
                }
            }));
    private MetricRegistry metrics;

    protected PendingReplies() {
    }

    @Inject
    public PendingReplies(MetricRegistry metrics) {
        this.metrics = metrics;
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
        if (pending != null && !(pending.products().isDone() && pending.stock().isDone())) {
            givenUp.add(correlationId);
        }
    }

    void productsAnswered(ProductDetailsAnswered answer) {
        Pending pending = waiting.get(answer.correlationId());
        if (pending == null) {
            ignored(answer.correlationId(), "products_details_response");
        } else if (!pending.products().complete(answer)) {
            ignoredAs("duplicate", answer.correlationId(), "products_details_response");
        }
    }

    void stockAnswered(StockDetailsAnswered answer) {
        Pending pending = waiting.get(answer.correlationId());
        if (pending == null) {
            ignored(answer.correlationId(), "inventory_details_response");
        } else if (!pending.stock().complete(answer)) {
            ignoredAs("duplicate", answer.correlationId(), "inventory_details_response");
        }
    }

    private void ignored(UUID correlationId, String topic) {
        ignoredAs(givenUp.contains(correlationId) ? "late" : "unknown", correlationId, topic);
    }

    private void ignoredAs(String reason, UUID correlationId, String topic) {
        metrics.counter("order_replies_ignored", new Tag("reason", reason)).inc();
        LOG.fine(() -> "Ignored a " + reason + " reply on " + topic + " for request " + correlationId);
    }
}
