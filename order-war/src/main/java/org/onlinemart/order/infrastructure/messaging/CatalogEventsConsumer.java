package org.onlinemart.order.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onlinemart.commons.events.ProductPriceSet;
import org.onlinemart.commons.events.StockLevelChanged;
import org.onlinemart.commons.inbox.IdempotentConsumer;
import org.onlinemart.order.application.CatalogViews;

/** Prices from product and stock levels from inventory, into the order service's views. */
@ApplicationScoped
public class CatalogEventsConsumer {

    private IdempotentConsumer consumer;
    private CatalogViews views;

    protected CatalogEventsConsumer() {}

    @Inject
    public CatalogEventsConsumer(IdempotentConsumer consumer, CatalogViews views) {
        this.consumer = consumer;
        this.views = views;
    }

    @Incoming("product_data")
    public void onProductPriceSet(String payload) {
        consumer.consume("order.product-price-set", payload, ProductPriceSet.class, views::onPriceSet);
    }

    @Incoming("inventory_data")
    public void onStockLevelChanged(String payload) {
        consumer.consume("order.stock-level-changed", payload, StockLevelChanged.class, views::onStockLevelChanged);
    }
}
