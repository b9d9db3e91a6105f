package org.onlinemart.product.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onlinemart.commons.events.ProductDetailsRequested;
import org.onlinemart.commons.inbox.IdempotentConsumer;
import org.onlinemart.product.application.CatalogService;

/** Events from the order service: decoded, de-duplicated, applied once. */
@ApplicationScoped
public class OrderEventsConsumer {

    private IdempotentConsumer consumer;
    private CatalogService catalog;

    protected OrderEventsConsumer() {}

    @Inject
    public OrderEventsConsumer(IdempotentConsumer consumer, CatalogService catalog) {
        this.consumer = consumer;
        this.catalog = catalog;
    }

    @Incoming("get_product_details")
    public void onProductDetailsRequested(String payload) {
        consumer.answer("product.product-details-requested", payload, ProductDetailsRequested.class, catalog::answer);
    }
}
