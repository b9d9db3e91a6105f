package it.onlinemart.views;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.onlinemart.Catalog;
import it.onlinemart.Service;
import it.onlinemart.user.Accounts;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The original README's workflow, steps 2 to 7, as the admin: warehouse, supplier, category, product,
 * price and stock-in; then the order service's views show the price and the stock.
 */
@MicroShedTest
class ShopSetupWorkflowIT {

    @Test
    void anAdminStocksAProductAndTheOrderServiceSeesItsPriceAndStock() {
        String admin = Accounts.adminToken();
        long warehouseId = Service.INVENTORY
                .request(admin)
                .body(Map.of("warehouse_name", Catalog.uniqueName("North"), "location", "Hamburg"))
                .post("/add_warehouse")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("warehouse_id");
        long supplierId = Service.INVENTORY
                .request(admin)
                .body(Map.of(
                        "supplier_name",
                        "Kettles Ltd",
                        "contact",
                        "+49 40 123456",
                        "email",
                        Accounts.uniqueEmail("supplier"),
                        "address",
                        "Hafenstrasse 1, Hamburg"))
                .post("/add_supplier")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("supplier_id");
        String name = Catalog.uniqueName("Kettle");
        long productId = Catalog.createProduct(Catalog.createCategory(), name);
        Service.PRODUCT
                .request(admin)
                .body(Map.of("product_id", productId, "price", new BigDecimal("24.99")))
                .post("/product-price")
                .then()
                .statusCode(201)
                .body("price", equalTo(24.99f));
        // inventory learns of the product from inventory_creation, asynchronously
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> Service.INVENTORY
                        .request()
                        .get("/inventory/{id}", productId)
                        .then()
                        .statusCode(200));

        Service.INVENTORY
                .request(admin)
                .body(Map.of(
                        "product_id",
                        productId,
                        "warehouse_id",
                        warehouseId,
                        "supplier_id",
                        supplierId,
                        "quantity",
                        40,
                        "cost",
                        new BigDecimal("11.50"),
                        "batch_number",
                        "B-1"))
                .post("/stockin")
                .then()
                .statusCode(201)
                .body("available", equalTo(40));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertEquals(
                        Optional.of(new OrderViews.Row(name, new BigDecimal("24.99"), 40)), OrderViews.of(productId)));
    }
}
