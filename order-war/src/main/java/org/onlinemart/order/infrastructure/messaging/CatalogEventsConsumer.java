package org.onlinemart.order.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.onlinemart.commons.events.ProductPriceSet;
import org.onlinemart.commons.events.StockLevelChanged;
import org.onlinemart.commons.inbox.EventBatches;
import org.onlinemart.order.application.CatalogViews;
import org.reactivestreams.Subscriber;

/** Prices from product and stock levels from inventory, into the order service's views. */
@ApplicationScoped
public class CatalogEventsConsumer {

    private EventBatches batches;
    private CatalogViews views;

    protected CatalogEventsConsumer() {}

    @Inject
    public CatalogEventsConsumer(EventBatches batches, CatalogViews views) {
        this.batches = batches;
        this.views = views;
    }

    @Incoming("product_data")
    public Subscriber<Message<String>> onProductPriceSet() {
        return batches.of("order.product-price-set", ProductPriceSet.class, views::onPriceSet);
    }

    @Incoming("inventory_data")
    public Subscriber<Message<String>> onStockLevelChanged() {
        return batches.of("order.stock-level-changed", StockLevelChanged.class, views::onStockLevelChanged);
    }
}
