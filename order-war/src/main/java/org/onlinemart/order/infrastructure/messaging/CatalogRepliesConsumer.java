package org.onlinemart.order.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onlinemart.commons.events.EventCodec;
import org.onlinemart.commons.events.MalformedEventException;
import org.onlinemart.commons.events.ProductDetailsAnswered;
import org.onlinemart.commons.events.StockDetailsAnswered;

/**
 * The replies to get_product_details. They change no state, so they skip the processed-event table: a reply
 * only completes a request this instance is waiting for, and every instance reads every reply (each has its own
 * consumer group, see microprofile-config.properties) because only the one that asked is waiting.
 */
@ApplicationScoped
public class CatalogRepliesConsumer {

    private static final Logger LOG = Logger.getLogger(CatalogRepliesConsumer.class.getName());

    private PendingReplies replies;

    protected CatalogRepliesConsumer() {}

    @Inject
    public CatalogRepliesConsumer(PendingReplies replies) {
        this.replies = replies;
    }

    @Incoming("products_details_response")
    public void onProductsAnswered(String payload) {
        try {
            replies.productsAnswered(EventCodec.fromJson(payload, ProductDetailsAnswered.class));
        } catch (MalformedEventException e) {
            LOG.warning(() -> "Ignored a malformed products_details_response: " + e.getMessage());
        }
    }

    @Incoming("inventory_details_response")
    public void onStockAnswered(String payload) {
        try {
            replies.stockAnswered(EventCodec.fromJson(payload, StockDetailsAnswered.class));
        } catch (MalformedEventException e) {
            LOG.warning(() -> "Ignored a malformed inventory_details_response: " + e.getMessage());
        }
    }
}
