package org.onlinemart.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.onlinemart.commons.events.ProductCreated;
import org.onlinemart.commons.events.ProductDetailsRequested;
import org.onlinemart.commons.events.StockDetailsAnswered;
import org.onlinemart.commons.events.StockLevelChanged;
import org.onlinemart.commons.logging.OrderTrail;
import org.onlinemart.commons.messaging.Replies;
import org.onlinemart.commons.outbox.Outbox;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;
import org.onlinemart.commons.problem.ResourceNotFoundException;
import org.onlinemart.inventory.domain.InventoryItem;
import org.onlinemart.inventory.domain.InventoryItemRepository;
import org.onlinemart.inventory.domain.StockIn;
import org.onlinemart.inventory.domain.StockInRepository;
import org.onlinemart.inventory.domain.SupplierRepository;
import org.onlinemart.inventory.domain.WarehouseRepository;

/** Stock per product: opened when a product is created, filled by stock-ins, read by the shop. */
@ApplicationScoped
public class InventoryService {

    /** A larger request is no order's: it is logged and left unanswered. */
    static final int MAX_PRODUCTS_PER_REQUEST = 100;

    private static final Logger LOG = Logger.getLogger(InventoryService.class.getName());

    private InventoryItemRepository items;
    private WarehouseRepository warehouses;
    private SupplierRepository suppliers;
    private StockInRepository stockIns;
    private Outbox outbox;
    private Replies replies;

    protected InventoryService() {}

    @Inject
    public InventoryService(
            InventoryItemRepository items,
            WarehouseRepository warehouses,
            SupplierRepository suppliers,
            StockInRepository stockIns,
            Outbox outbox,
            Replies replies) {
        this.items = items;
        this.warehouses = warehouses;
        this.suppliers = suppliers;
        this.stockIns = stockIns;
        this.outbox = outbox;
        this.replies = replies;
    }

    @Transactional
    public void openItem(ProductCreated created) {
        boolean opened = items.addIfAbsent(
                InventoryItem.openFor(created.productId(), created.productName(), created.description()));
        LOG.info(() -> (opened ? "Opened" : "Already had") + " the inventory item of product " + created.productId());
    }

    /** Records a delivery and adds it to its product's stock, in one transaction with the inventory_data event. */
    @Transactional
    public Received receive(ReceiveStock command) {
        StockIn stockIn = new StockIn(
                command.productId(),
                command.warehouseId(),
                command.supplierId(),
                command.quantity(),
                command.cost(),
                command.batchNumber(),
                command.manufactureDate(),
                command.expiryDate());
        if (!warehouses.exists(command.warehouseId())) {
            throw new ResourceNotFoundException("Warehouse", command.warehouseId());
        }
        if (!suppliers.exists(command.supplierId())) {
            throw new ResourceNotFoundException("Supplier", command.supplierId());
        }
        InventoryItem item =
                items.lockByProductId(command.productId()).orElseThrow(() -> unknownProduct(command.productId()));
        item.receive(stockIn);
        stockIns.add(stockIn);
        availabilityChanged(item);
        return new Received(stockIn, item.available());
    }

    /**
     * Answers the order service's get_product_details with the availability of the products inventory knows, read
     * without a transaction and sent straight to Kafka ({@link Replies}): it changes nothing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void answer(ProductDetailsRequested request) {
        if (request.correlationId() == null
                || request.productIds() == null
                || request.productIds().size() > MAX_PRODUCTS_PER_REQUEST) {
            LOG.warning(() -> OrderTrail.beforeOrder(request.correlationId()) + ": ignored get_product_details "
                    + request.eventId()
                    + ": it needs a correlation_id and 0 to " + MAX_PRODUCTS_PER_REQUEST + " product_ids");
            return;
        }
        List<Long> wanted = request.productIds().stream()
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, InventoryItem> known = items.findByProductIds(wanted).stream()
                .collect(Collectors.toMap(InventoryItem::productId, Function.identity()));
        List<StockDetailsAnswered.StockLevel> levels = wanted.stream()
                .filter(known::containsKey)
                .map(id -> new StockDetailsAnswered.StockLevel(id, known.get(id).available()))
                .toList();
        List<Long> missing =
                wanted.stream().filter(id -> !known.containsKey(id)).toList();
        replies.send(StockDetailsAnswered.of(request.correlationId(), levels, missing));
        LOG.info(() -> OrderTrail.beforeOrder(request.correlationId()) + ": get_product_details answered, stock of "
                + levels.size() + " product(s), " + missing.size() + " unknown");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InventoryItem item(long productId) {
        return items.findByProductId(productId).orElseThrow(() -> unknownProduct(productId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InventoryItem> items(PageRequest page) {
        return items.list(page);
    }

    /**
     * Every change of a product's availability ends here: it publishes inventory_data. Called after the change,
     * while the item's row lock is held, so the events of one product are made, and timed, in commit order.
     */
    private void availabilityChanged(InventoryItem item) {
        outbox.enqueue(StockLevelChanged.of(item.productId(), item.available()));
    }

    private static ResourceNotFoundException unknownProduct(long productId) {
        return new ResourceNotFoundException("Inventory item of product", productId);
    }
}
