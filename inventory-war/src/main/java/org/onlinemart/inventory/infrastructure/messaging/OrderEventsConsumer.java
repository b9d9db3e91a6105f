package org.onlinemart.inventory.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.onlinemart.commons.events.ProductDetailsRequested;
import org.onlinemart.commons.events.StockDeductionRequested;
import org.onlinemart.commons.events.StockReleaseRequested;
import org.onlinemart.commons.inbox.EventBatches;
import org.onlinemart.commons.inbox.IdempotentConsumer;
import org.onlinemart.inventory.application.InventoryService;
import org.onlinemart.inventory.application.StockReservations;
import org.reactivestreams.Subscriber;

/** Requests from the order service: decoded, de-duplicated, applied and answered once through the outbox. */
@ApplicationScoped
public class OrderEventsConsumer {

    private IdempotentConsumer consumer;
    private EventBatches batches;
    private InventoryService inventory;
    private StockReservations reservations;

    protected OrderEventsConsumer() {}

    @Inject
    public OrderEventsConsumer(
            IdempotentConsumer consumer,
            EventBatches batches,
            InventoryService inventory,
            StockReservations reservations) {
        this.consumer = consumer;
        this.batches = batches;
        this.inventory = inventory;
        this.reservations = reservations;
    }

    @Incoming("get_product_details")
    public void onProductDetailsRequested(String payload) {
        consumer.answer(
                "inventory.product-details-requested", payload, ProductDetailsRequested.class, inventory::answer);
    }

    @Incoming("inventory_deduction")
    public Subscriber<Message<String>> onStockDeductionRequested() {
        return batches.of("inventory.stock-deduction-requested", StockDeductionRequested.class, reservations::reserve);
    }

    @Incoming("inventory_release")
    public Subscriber<Message<String>> onStockReleaseRequested() {
        return batches.of("inventory.stock-release-requested", StockReleaseRequested.class, reservations::release);
    }
}
