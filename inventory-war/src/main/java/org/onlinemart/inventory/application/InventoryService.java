package org.onlinemart.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.onlinemart.commons.events.ProductCreated;
import org.onlinemart.commons.problem.ResourceNotFoundException;
import org.onlinemart.commons.rest.Page;
import org.onlinemart.inventory.domain.InventoryItem;
import org.onlinemart.inventory.domain.InventoryItemRepository;

/** Stock per product: opened when a product is created, read by the shop. */
@ApplicationScoped
public class InventoryService {

    private static final Logger LOG = Logger.getLogger(InventoryService.class.getName());

    private InventoryItemRepository items;

    protected InventoryService() {
    }

    @Inject
    public InventoryService(InventoryItemRepository items) {
        this.items = items;
    }

    @Transactional
    public void openItem(ProductCreated created) {
        boolean opened = items.addIfAbsent(InventoryItem.openFor(created.productId(), created.productName(),
                created.description()));
        LOG.info(() -> (opened ? "Opened" : "Already had") + " the inventory item of product " + created.productId());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InventoryItem item(long productId) {
        return items.findByProductId(productId)
                .orElseThrow(() -> new ResourceNotFoundException("Inventory item of product", productId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InventoryItem> items(int page, int size) {
        return new Page<>(items.list(Page.offset(page, size), size), page, size, items.count());
    }
}
