package it.onlinemart.order;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.onlinemart.Catalog;
import it.onlinemart.Service;
import it.onlinemart.inventory.Stock;
import it.onlinemart.user.Accounts;
import it.onlinemart.views.OrderViews;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/**
 * Products on sale for cart and order tests, made as the admin through product's and inventory's APIs, the way
 * a shop is stocked. Price and stock reach the order service by Kafka: each product is handed out only once the
 * order service's own view shows both, so that a test never races the events.
 */
public final class Shelf {

    /** A product as the cart should show it. */
    public record Product(long id, String name, BigDecimal price) {}

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static long categoryId;
    private static long warehouseId;
    private static long supplierId;

    private Shelf() {}

    /** A new product with that price (whole cents) and that many units in stock. */
    public static Product stocked(String price, int units) {
        String name = Catalog.uniqueName("Cart item");
        long productId = Catalog.createProduct(category(), name);
        Service.PRODUCT
                .request(Accounts.adminToken())
                .body(Map.of("product_id", productId, "price", new BigDecimal(price)))
                .post("/product-price")
                .then()
                .statusCode(201);
        stockIn(productId, units);
        BigDecimal cents = new BigDecimal(price).setScale(2);
        awaitView(productId, cents, units);
        return new Product(productId, name, cents);
    }

    /** A new product inventory holds units of but product has set no price for. */
    static long unpriced(int units) {
        long productId = Catalog.createProduct(category(), Catalog.uniqueName("Unpriced item"));
        stockIn(productId, units);
        awaitView(productId, null, units);
        return productId;
    }

    private static void stockIn(long productId, int units) {
        // inventory opens the product's item when inventory_creation reaches it
        await().atMost(BOUND)
                .untilAsserted(() -> Service.INVENTORY
                        .request()
                        .get("/inventory/{id}", productId)
                        .then()
                        .statusCode(200));
        Service.INVENTORY
                .request(Accounts.adminToken())
                .body(Stock.stockInBody(productId, warehouse(), supplier(), units))
                .post("/stockin")
                .then()
                .statusCode(201);
    }

    private static void awaitView(long productId, BigDecimal price, int units) {
        await().atMost(BOUND)
                .untilAsserted(() -> assertEquals(
                        Arrays.asList(price, units),
                        OrderViews.of(productId)
                                .map(view -> Arrays.<Object>asList(view.price(), view.available()))
                                .orElse(Arrays.asList(null, null)),
                        "price and available in the view"));
    }

    private static synchronized long category() {
        if (categoryId == 0) {
            categoryId = Catalog.createCategory();
        }
        return categoryId;
    }

    private static synchronized long warehouse() {
        if (warehouseId == 0) {
            warehouseId = Stock.warehouse();
        }
        return warehouseId;
    }

    private static synchronized long supplier() {
        if (supplierId == 0) {
            supplierId = Stock.supplier();
        }
        return supplierId;
    }
}
