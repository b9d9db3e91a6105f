package it.onlinemart.inventory;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import it.onlinemart.Catalog;
import it.onlinemart.Service;
import it.onlinemart.user.Accounts;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Inventory data for tests, made through the inventory service's API as the admin, unique to each run. */
public final class Stock {

    private Stock() {}

    public static long warehouse() {
        return Service.INVENTORY
                .request(Accounts.adminToken())
                .body(Map.of("warehouse_name", Catalog.uniqueName("Warehouse"), "location", "Test Street 1"))
                .post("/add_warehouse")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("warehouse_id");
    }

    public static long supplier() {
        return Service.INVENTORY
                .request(Accounts.adminToken())
                .body(supplierBody(Accounts.uniqueEmail("supplier")))
                .post("/add_supplier")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("supplier_id");
    }

    public static Map<String, Object> supplierBody(String email) {
        return Map.of(
                "supplier_name",
                Catalog.uniqueName("Supplier"),
                "contact",
                "Sam Supplier",
                "email",
                email,
                "address",
                "Supply Road 2");
    }

    /** A new product, once inventory has opened its item (inventory_creation is asynchronous). */
    public static long productInInventory() {
        long productId = Catalog.createProduct(Catalog.createCategory(), Catalog.uniqueName("Stocked"));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> Service.INVENTORY
                        .request()
                        .get("/inventory/{id}", productId)
                        .then()
                        .statusCode(200));
        return productId;
    }

    /** A valid stock-in body: one unit at 1.25, without the optional fields. */
    public static Map<String, Object> stockInBody(long productId, long warehouseId, long supplierId, int quantity) {
        Map<String, Object> body = new HashMap<>();
        body.put("product_id", productId);
        body.put("warehouse_id", warehouseId);
        body.put("supplier_id", supplierId);
        body.put("quantity", quantity);
        body.put("cost", 1.25);
        return body;
    }

    public static int available(long productId) {
        return Service.INVENTORY
                .request()
                .get("/inventory/{id}", productId)
                .then()
                .statusCode(equalTo(200))
                .extract()
                .jsonPath()
                .getInt("available");
    }
}
