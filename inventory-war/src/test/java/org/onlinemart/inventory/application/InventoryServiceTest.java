package org.onlinemart.inventory.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.onlinemart.commons.events.ProductDetailsRequested;
import org.onlinemart.commons.events.StockDetailsAnswered;
import org.onlinemart.commons.events.StockLevelChanged;
import org.onlinemart.commons.messaging.RecordingReplies;
import org.onlinemart.commons.outbox.RecordingOutbox;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;
import org.onlinemart.commons.problem.ResourceNotFoundException;
import org.onlinemart.inventory.domain.InvalidStockInException;
import org.onlinemart.inventory.domain.InventoryItem;
import org.onlinemart.inventory.domain.InventoryItemRepository;
import org.onlinemart.inventory.domain.StockIn;
import org.onlinemart.inventory.domain.Supplier;
import org.onlinemart.inventory.domain.SupplierRepository;
import org.onlinemart.inventory.domain.Warehouse;
import org.onlinemart.inventory.domain.WarehouseRepository;

/** The service's decisions, with in-memory repositories and an outbox that only records. */
class InventoryServiceTest {

    private static final long WAREHOUSE = 1;
    private static final long SUPPLIER = 2;

    private final Items items = new Items();
    private final List<StockIn> stockIns = new ArrayList<>();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final RecordingReplies replies = new RecordingReplies();
    private final InventoryService service =
            new InventoryService(items, new Warehouses(), new Suppliers(), stockIns::add, outbox, replies);

    private static ReceiveStock delivery(long productId, long warehouseId, long supplierId, int quantity) {
        return new ReceiveStock(productId, warehouseId, supplierId, quantity, new BigDecimal("1.00"), null, null, null);
    }

    @Test
    void aStockInAddsToTheItemAndPublishesTheNewAvailability() {
        items.add(7, 10);

        Received received = service.receive(delivery(7, WAREHOUSE, SUPPLIER, 5));

        assertEquals(15, received.available());
        assertEquals(1, stockIns.size());
        var event = (StockLevelChanged) outbox.single();
        assertEquals(7, event.productId());
        assertEquals(15, event.available());
    }

    @Test
    void anUnknownProductWarehouseOrSupplierIsNotFoundByName() {
        items.add(7, 0);

        assertTrue(assertThrows(
                        ResourceNotFoundException.class, () -> service.receive(delivery(8, WAREHOUSE, SUPPLIER, 1)))
                .getMessage()
                .contains("product 8"));
        assertTrue(assertThrows(ResourceNotFoundException.class, () -> service.receive(delivery(7, 99, SUPPLIER, 1)))
                .getMessage()
                .startsWith("Warehouse 99"));
        assertTrue(assertThrows(ResourceNotFoundException.class, () -> service.receive(delivery(7, WAREHOUSE, 99, 1)))
                .getMessage()
                .startsWith("Supplier 99"));
        assertTrue(outbox.events.isEmpty());
        assertTrue(stockIns.isEmpty());
    }

    @Test
    void anInvalidStockInIsRefusedBeforeAnythingIsLookedUp() {
        var expiredBeforeMade = new ReceiveStock(
                8, 99, 99, 1, BigDecimal.ONE, null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1));

        assertEquals(
                InvalidStockInException.Attribute.EXPIRY_DATE,
                assertThrows(InvalidStockInException.class, () -> service.receive(expiredBeforeMade))
                        .attribute());
    }

    @Test
    void aDetailsRequestIsAnsweredWithTheKnownItemsAndTheMissingIds() {
        items.add(7, 3);
        items.add(9, 0);
        UUID correlation = UUID.randomUUID();

        service.answer(ProductDetailsRequested.of(correlation, List.of(9L, 404L, 7L, 9L)));

        var answer = replies.all(StockDetailsAnswered.class).get(0);
        assertEquals(1, replies.sent.size());
        assertTrue(outbox.events.isEmpty(), "an answer changes nothing, so it goes through no outbox");
        assertEquals(correlation, answer.correlationId());
        assertEquals(
                List.of(new StockDetailsAnswered.StockLevel(9, 0), new StockDetailsAnswered.StockLevel(7, 3)),
                answer.items());
        assertEquals(List.of(404L), answer.missing());
    }

    @Test
    void aRequestForAHundredProductsIsAnsweredAndOneForMoreIsIgnored() {
        service.answer(ProductDetailsRequested.of(UUID.randomUUID(), ids(InventoryService.MAX_PRODUCTS_PER_REQUEST)));
        assertEquals(
                InventoryService.MAX_PRODUCTS_PER_REQUEST,
                replies.all(StockDetailsAnswered.class).get(0).missing().size());

        replies.sent.clear();
        int tooMany = InventoryService.MAX_PRODUCTS_PER_REQUEST + 1;
        service.answer(ProductDetailsRequested.of(UUID.randomUUID(), ids(tooMany)));
        assertTrue(replies.sent.isEmpty());
    }

    private static List<Long> ids(int count) {
        return LongStream.rangeClosed(1, count).boxed().toList();
    }

    private static final class Items implements InventoryItemRepository {
        private final TreeMap<Long, InventoryItem> byProduct = new TreeMap<>();

        void add(long productId, int available) {
            InventoryItem item = InventoryItem.openFor(productId, "Product " + productId, null);
            if (available > 0) {
                item.receive(new StockIn(productId, WAREHOUSE, SUPPLIER, available, BigDecimal.ONE, null, null, null));
            }
            byProduct.put(productId, item);
        }

        @Override
        public boolean addIfAbsent(InventoryItem item) {
            return byProduct.putIfAbsent(item.productId(), item) == null;
        }

        @Override
        public Optional<InventoryItem> findByProductId(long productId) {
            return Optional.ofNullable(byProduct.get(productId));
        }

        @Override
        public Optional<InventoryItem> lockByProductId(long productId) {
            return findByProductId(productId);
        }

        @Override
        public List<InventoryItem> findByProductIds(Collection<Long> productIds) {
            return productIds.stream()
                    .map(byProduct::get)
                    .filter(item -> item != null)
                    .toList();
        }

        @Override
        public Page<InventoryItem> list(PageRequest page) {
            List<InventoryItem> all = List.copyOf(byProduct.values());
            return Page.of(
                    page, all.stream().skip(page.offset()).limit(page.size()).toList(), all.size());
        }
    }

    private static final class Warehouses implements WarehouseRepository {
        @Override
        public void add(Warehouse warehouse) {}

        @Override
        public boolean exists(long id) {
            return id == WAREHOUSE;
        }

        @Override
        public Page<Warehouse> list(PageRequest page) {
            return Page.of(page, List.of(), 0);
        }
    }

    private static final class Suppliers implements SupplierRepository {
        @Override
        public boolean add(Supplier supplier) {
            return true;
        }

        @Override
        public boolean exists(long id) {
            return id == SUPPLIER;
        }

        @Override
        public Page<Supplier> list(PageRequest page) {
            return Page.of(page, List.of(), 0);
        }
    }
}
