package org.onlinemart.inventory.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.onlinemart.commons.events.ProductCreated;
import org.onlinemart.commons.inbox.EventBatches;
import org.onlinemart.inventory.application.InventoryService;
import org.reactivestreams.Subscriber;

/** Events from the product service: decoded, de-duplicated, applied once. */
@ApplicationScoped
public class ProductEventsConsumer {

    private EventBatches batches;
    private InventoryService inventory;

    protected ProductEventsConsumer() {}

    @Inject
    public ProductEventsConsumer(EventBatches batches, InventoryService inventory) {
        this.batches = batches;
        this.inventory = inventory;
    }

    @Incoming("inventory_creation")
    public Subscriber<Message<String>> onProductCreated() {
        return batches.of("inventory.product-created", ProductCreated.class, inventory::openItem);
    }
}
