package org.onlinemart.order.infrastructure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.junit.jupiter.api.Test;
import org.onlinemart.commons.events.ProductDetailsAnswered;
import org.onlinemart.commons.events.StockDetailsAnswered;

class PendingRepliesTest {

    /** How often each reason was counted: the one registry method PendingReplies calls. */
    private final Map<String, Integer> ignored = new ConcurrentHashMap<>();

    private final PendingReplies replies = new PendingReplies(countingRegistry());

    @Test
    void bothRepliesCompleteTheRequestWaitingForThem() {
        UUID id = UUID.randomUUID();
        PendingReplies.Pending pending = replies.expect(id);
        ProductDetailsAnswered products = products(id);
        StockDetailsAnswered stock = stock(id);

        replies.productsAnswered(products);
        replies.stockAnswered(stock);

        assertSame(products, pending.products().join());
        assertSame(stock, pending.stock().join());
        assertEquals(Map.of(), ignored);
    }

    @Test
    void aReplyToNoRequestOfThisInstanceIsUnknown() {
        replies.productsAnswered(products(UUID.randomUUID()));

        assertEquals(Map.of("unknown", 1), ignored);
    }

    @Test
    void aSecondCopyOfAReplyIsADuplicateWhileWaitingAndAfterwards() {
        UUID id = UUID.randomUUID();
        replies.expect(id);
        replies.productsAnswered(products(id));
        replies.productsAnswered(products(id));
        replies.stockAnswered(stock(id));
        replies.forget(id);
        replies.stockAnswered(stock(id));

        assertEquals(Map.of("duplicate", 2), ignored);
    }

    @Test
    void aReplyAfterItsRequestGaveUpIsLate() {
        UUID id = UUID.randomUUID();
        PendingReplies.Pending pending = replies.expect(id);
        replies.productsAnswered(products(id));
        replies.forget(id);

        replies.stockAnswered(stock(id));

        assertTrue(!pending.stock().isDone(), "a late reply completes nothing");
        assertEquals(Map.of("late", 1), ignored);
    }

    private static ProductDetailsAnswered products(UUID correlationId) {
        return ProductDetailsAnswered.of(correlationId, List.of(), List.of(1L));
    }

    private static StockDetailsAnswered stock(UUID correlationId) {
        return StockDetailsAnswered.of(correlationId, List.of(), List.of(1L));
    }

    private MetricRegistry countingRegistry() {
        return (MetricRegistry) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {MetricRegistry.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("counter") || !"order_replies_ignored".equals(args[0])) {
                        throw new UnsupportedOperationException(method.toString());
                    }
                    String reason = ((Tag[]) args[1])[0].getTagValue();
                    return counter(() -> ignored.merge(reason, 1, Integer::sum));
                });
    }

    private static Counter counter(Runnable onIncrement) {
        return (Counter) Proxy.newProxyInstance(
                Counter.class.getClassLoader(), new Class<?>[] {Counter.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("inc") || args != null) {
                        throw new UnsupportedOperationException(method.toString());
                    }
                    onIncrement.run();
                    return null;
                });
    }
}
