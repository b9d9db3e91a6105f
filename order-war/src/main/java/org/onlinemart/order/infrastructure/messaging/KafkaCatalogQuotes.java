package org.onlinemart.order.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;
import org.onlinemart.commons.events.ProductDetailsAnswered;
import org.onlinemart.commons.events.ProductDetailsRequested;
import org.onlinemart.commons.events.StockDetailsAnswered;
import org.onlinemart.commons.events.TopicNames;
import org.onlinemart.commons.messaging.EventNotPublishedException;
import org.onlinemart.commons.messaging.KafkaEventPublisher;
import org.onlinemart.commons.problem.ServiceUnavailableException;
import org.onlinemart.order.domain.CatalogQuotes;
import org.onlinemart.order.domain.Quote;

/**
 * get_product_details over Kafka (DESIGN.md §5 step 1): one request with the correlation id of the order being
 * placed, then both replies. The annotations' values are defaults; ORDER_REPLY_TIMEOUT_MS and the usual MicroProfile Fault
 * Tolerance properties ({@code <class>/quote/<Annotation>/<member>}) override them.
 * <ul>
 *   <li>Timeout: the customer waits at most ORDER_REPLY_TIMEOUT_MS for both replies.</li>
 *   <li>Retry: only when Kafka did not take the request; a request that went out but got no reply in time
 *   is not repeated, since asking again would double the customer's wait for a service that is down.</li>
 *   <li>CircuitBreaker: after repeated failures, answer 503 at once for a while instead of making every
 *   customer wait out the timeout.</li>
 *   <li>Bulkhead: at most so many order placements wait for replies at once in this instance.</li>
 *   <li>Fallback: those failures become a 503 with Retry-After; a bug stays a 500.</li>
 * </ul>
 */
@ApplicationScoped
public class KafkaCatalogQuotes implements CatalogQuotes {

    /** Also the circuit breaker's delay: by then a retry may find the circuit half-open. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    /** Only matters when Fault Tolerance is switched off; otherwise @Timeout interrupts the wait long before. */
    private static final long BACKSTOP_SECONDS = 60;

    private PendingReplies replies;
    private KafkaEventPublisher publisher;
    private TopicNames topics;
    private Timer replyWait;

    protected KafkaCatalogQuotes() {}

    @Inject
    public KafkaCatalogQuotes(
            PendingReplies replies, KafkaEventPublisher publisher, TopicNames topics, MetricRegistry metrics) {
        this.replies = replies;
        this.publisher = publisher;
        this.topics = topics;
        // registered once here rather than looked up on every placement
        this.replyWait = metrics.timer(Metadata.builder()
                .withName("order_reply_wait")
                .withDescription("How long POST /order waits for product's and inventory's replies, when both came")
                .build());
    }

    @Override
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = EventNotPublishedException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2)
    @Bulkhead(100)
    @Fallback(
            fallbackMethod = "unanswered",
            applyOn = {
                TimeoutException.class,
                CircuitBreakerOpenException.class,
                BulkheadException.class,
                EventNotPublishedException.class
            })
    public Quote quote(Set<Long> productIds, UUID correlationId) {
        PendingReplies.Pending pending = replies.expect(correlationId);
        try {
            publisher.publishNow(
                    topics.of(ProductDetailsRequested.class),
                    ProductDetailsRequested.of(correlationId, List.copyOf(productIds)));
            // from the request taken by Kafka to both replies in: the saga's round trip, without Fault Tolerance
            Timer.Context waiting = replyWait.time();
            ProductDetailsAnswered products = pending.products().get(BACKSTOP_SECONDS, TimeUnit.SECONDS);
            StockDetailsAnswered stock = pending.stock().get(BACKSTOP_SECONDS, TimeUnit.SECONDS);
            waiting.stop();
            return quoteOf(products, stock);
        } catch (InterruptedException e) {
            // @Timeout interrupts the wait; Fault Tolerance then reports the TimeoutException
            Thread.currentThread().interrupt();
            throw new TimeoutException("no reply to get_product_details " + correlationId + " in time");
        } catch (java.util.concurrent.TimeoutException e) {
            throw new TimeoutException(
                    "no reply to get_product_details " + correlationId + " in " + BACKSTOP_SECONDS + " s");
        } catch (ExecutionException e) {
            throw new IllegalStateException("a reply future cannot fail", e);
        } finally {
            replies.forget(correlationId);
        }
    }

    /** The fallback: same parameters as {@link #quote}. */
    public Quote unanswered(Set<Long> productIds, UUID correlationId) {
        throw new ServiceUnavailableException(
                "Product or inventory did not answer in time; the cart is kept, " + "please try again shortly",
                RETRY_AFTER);
    }

    /** Products both services know, priced and with a stock figure; anything else stays out of the quote. */
    static Quote quoteOf(ProductDetailsAnswered products, StockDetailsAnswered stock) {
        Map<Long, Integer> available = stock.items().stream()
                .collect(Collectors.toMap(
                        StockDetailsAnswered.StockLevel::productId,
                        StockDetailsAnswered.StockLevel::available,
                        (first, second) -> first));
        Map<Long, ProductDetailsAnswered.PricedProduct> priced = products.products().stream()
                .filter(product -> product.price() != null)
                .collect(Collectors.toMap(
                        ProductDetailsAnswered.PricedProduct::productId,
                        Function.identity(),
                        (first, second) -> first));
        return new Quote(priced.values().stream()
                .filter(product -> available.containsKey(product.productId()))
                .map(product -> new Quote.QuotedProduct(
                        product.productId(),
                        product.productName(),
                        product.price(),
                        available.get(product.productId())))
                .toList());
    }
}
