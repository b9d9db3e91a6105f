package org.onlinemart.devstack.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/**
 * The admin's side of the original README's workflow: warehouse, supplier, category, products with prices, and
 * stock. Names carry the run's tag, since categories and supplier e-mails must be unique.
 */
final class ShopSetup {

    private static final int INVENTORY = ShopDemo.port("inventory");
    private static final int PRODUCT = ShopDemo.port("product");
    /** inventory opens a product's item when the inventory_creation event reaches it. */
    private static final Duration EVENT_BOUND = Duration.ofSeconds(30);

    private final MartApi api;
    private final StepLog log;
    private final String adminToken;
    private final String tag;

    ShopSetup(MartApi api, StepLog log, String adminToken, String tag) {
        this.api = api;
        this.log = log;
        this.adminToken = adminToken;
        this.tag = tag;
    }

    long warehouse() {
        String name = "Demo warehouse " + tag;
        ApiAnswer added = api.post(
                        INVENTORY,
                        "/add_warehouse",
                        Map.of("warehouse_name", name, "location", "1 Harbour Road"),
                        adminToken)
                .expect(201, "adding a warehouse");
        long id = added.id("warehouse_id");
        log.step(added, "warehouse_id %d \"%s\"", id, name);
        return id;
    }

    long supplier() {
        String name = "Demo supplier " + tag;
        Map<String, String> supplier = Map.of(
                "supplier_name",
                name,
                "contact",
                "Sam Supplier",
                "email",
                "supplier-" + tag + "@example.org",
                "address",
                "2 Supply Lane");
        ApiAnswer added =
                api.post(INVENTORY, "/add_supplier", supplier, adminToken).expect(201, "adding a supplier");
        long id = added.id("supplier_id");
        log.step(added, "supplier_id %d \"%s\"", id, name);
        return id;
    }

    long category() {
        String name = "Demo kitchen " + tag;
        ApiAnswer added = api.post(
                        PRODUCT,
                        "/category-creation",
                        Map.of("category_name", name, "description", "made by the devstack demo"),
                        adminToken)
                .expect(201, "adding a category");
        long id = added.id("category_id");
        log.step(added, "category_id %d \"%s\"", id, name);
        return id;
    }

    /** Defines the product (publishes inventory_creation) and its price (publishes product_data). */
    Product product(long categoryId, String name, String price) {
        ApiAnswer created = api.post(
                        PRODUCT,
                        "/product-creation",
                        Map.of("product_name", name, "category_id", categoryId, "description", "a demo product"),
                        adminToken)
                .expect(201, "defining product " + name);
        long id = created.id("product_id");
        log.step(created, "product_id %d \"%s\"", id, name);
        ApiAnswer priced = api.post(
                        PRODUCT, "/product-price", Map.of("product_id", id, "price", new BigDecimal(price)), adminToken)
                .expect(201, "pricing product " + id);
        log.step(priced, "product %d costs %s", id, priced.money("price"));
        return new Product(id, name, priced.money("price"));
    }

    /** Stocks the product in once inventory knows it (inventory_creation is asynchronous). */
    void stockIn(Product product, long warehouseId, long supplierId, int units) {
        var known = Poll.until(
                EVENT_BOUND, () -> api.get(INVENTORY, "/inventory/" + product.id(), null), answer -> answer.is(200));
        known.last()
                .expect(
                        200,
                        "inventory did not learn of product " + product.id() + " within " + EVENT_BOUND.toSeconds()
                                + " s");
        log.step(known.last(), "inventory knows product %d%s (inventory_creation)", product.id(), known.waited());
        Map<String, Object> stockIn = Map.of(
                "product_id",
                product.id(),
                "warehouse_id",
                warehouseId,
                "supplier_id",
                supplierId,
                "quantity",
                units,
                "cost",
                new BigDecimal("1.00"),
                "batch_number",
                "DEMO-" + tag);
        ApiAnswer added =
                api.post(INVENTORY, "/stockin", stockIn, adminToken).expect(201, "stocking product " + product.id());
        log.step(
                added,
                "stock_in_id %d: +%d of product %d, available %s",
                added.id("stock_in_id"),
                units,
                product.id(),
                added.money("available"));
    }
}
