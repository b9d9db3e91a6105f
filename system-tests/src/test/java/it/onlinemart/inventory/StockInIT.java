package it.onlinemart.inventory;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import it.onlinemart.Catalog;
import it.onlinemart.Service;
import it.onlinemart.user.Accounts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** The original README's workflow, steps 2, 3 and 7: warehouse, supplier, stock-in, as the admin. */
@MicroShedTest
class StockInIT {

    @Test
    void theAdminAddsAWarehouse() {
        String name = Catalog.uniqueName("Warehouse");

        Service.INVENTORY
                .request(Accounts.adminToken())
                .body(Map.of("warehouse_name", name, "location", "Harbour Road 7, Hamburg"))
                .post("/add_warehouse")
                .then()
                .statusCode(201)
                .body("warehouse_id", greaterThan(0))
                .body("warehouse_name", equalTo(name))
                .body("location", equalTo("Harbour Road 7, Hamburg"));
    }

    @Test
    void theAdminAddsASupplierWhoseEmailIsKeptInLowerCase() {
        String email = Accounts.uniqueEmail("Sales");

        Service.INVENTORY
                .request(Accounts.adminToken())
                .body(Map.of(
                        "supplier_name",
                        "Tea Traders",
                        "contact",
                        "+49 40 123456",
                        "email",
                        email.toUpperCase(),
                        "address",
                        "Speicherstadt 1, Hamburg"))
                .post("/add_supplier")
                .then()
                .statusCode(201)
                .body("supplier_id", greaterThan(0))
                .body("supplier_name", equalTo("Tea Traders"))
                .body("contact", equalTo("+49 40 123456"))
                .body("email", equalTo(email.toLowerCase()))
                .body("address", equalTo("Speicherstadt 1, Hamburg"));
    }

    @Test
    void stockReceivedForAProductIsAvailable() {
        long productId = Stock.productInInventory();
        long warehouseId = Stock.warehouse();
        long supplierId = Stock.supplier();
        Map<String, Object> delivery = new HashMap<>(Stock.stockInBody(productId, warehouseId, supplierId, 12));
        delivery.putAll(Map.of(
                "cost", 3.5, "batch_number", "LOT-7", "manufacture_date", "2026-01-15", "expiry_date", "2027-01-15"));

        Service.INVENTORY
                .request(Accounts.adminToken())
                .body(delivery)
                .post("/stockin")
                .then()
                .statusCode(201)
                .body("stock_in_id", greaterThan(0))
                .body("product_id", equalTo((int) productId))
                .body("quantity", equalTo(12))
                .body("available", equalTo(12))
                .body("cost", equalTo(3.5f))
                .body("batch_number", equalTo("LOT-7"))
                .body("manufacture_date", equalTo("2026-01-15"))
                .body("expiry_date", equalTo("2027-01-15"));
        Service.INVENTORY
                .request()
                .get("/inventory/{id}", productId)
                .then()
                .statusCode(200)
                .body("product_id", equalTo((int) productId))
                .body("available", equalTo(12));
    }

    @Test
    void eachStockInAddsToWhatIsAvailable() {
        long productId = Stock.productInInventory();
        long warehouseId = Stock.warehouse();
        long supplierId = Stock.supplier();

        for (int quantity : new int[] {5, 3, 1}) {
            Service.INVENTORY
                    .request(Accounts.adminToken())
                    .body(Stock.stockInBody(productId, warehouseId, supplierId, quantity))
                    .post("/stockin")
                    .then()
                    .statusCode(201);
        }

        assertEquals(9, Stock.available(productId));
    }

    @Test
    void theAdminListsWarehousesAPageAtATime() {
        for (int i = 0; i < 3; i++) {
            Stock.warehouse();
        }

        assertPagesDoNotOverlap("/get-all-warehouses", "warehouse_id");
    }

    @Test
    void theAdminListsSuppliersAPageAtATime() {
        for (int i = 0; i < 3; i++) {
            Stock.supplier();
        }

        assertPagesDoNotOverlap("/list-all-suppliers", "supplier_id");
    }

    private static void assertPagesDoNotOverlap(String path, String idField) {
        List<Long> ids = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            JsonPath body = Service.INVENTORY
                    .request(Accounts.adminToken())
                    .get(path + "?page={page}&size=2", page)
                    .then()
                    .statusCode(200)
                    .body("items", hasSize(2))
                    .body("page", equalTo(page))
                    .body("size", equalTo(2))
                    .body("total", greaterThanOrEqualTo(3))
                    .extract()
                    .jsonPath();
            ids.addAll(body.getList("items." + idField, Long.class));
        }
        assertEquals(4, ids.stream().distinct().count(), "pages 0 and 1 overlap: " + ids);
        assertTrue(ids.get(0) < ids.get(2), "not in the order they were added: " + ids);
    }
}
