package it.onlinemart.catalog;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.onlinemart.Catalog;
import it.onlinemart.Service;
import it.onlinemart.messaging.TopicTail;
import it.onlinemart.user.Accounts;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** The original README's steps 4–6 (category → product → price) and what a price does afterwards. */
@MicroShedTest
class ProductPriceIT {

    private static long newProduct(String name) {
        return Catalog.createProduct(Catalog.createCategory(), name);
    }

    /** Every product_data event this test read: the tail hands each over once, the checks need them all again. */
    private final List<TopicTail.Event> read = new ArrayList<>();

    private List<TopicTail.Event> priceEvents(TopicTail productData, long productId, String price) {
        read.addAll(productData.pollJson());
        return read.stream()
                .filter(event -> Long.toString(productId).equals(event.key())
                        && event.json().getLong("product_id") == productId
                        && ((BigDecimal) event.json().get("price")).compareTo(new BigDecimal(price)) == 0)
                .toList();
    }

    @Test
    void categoryThenProductThenPriceShowsThePriceOnTheProduct() {
        String categoryName = Catalog.uniqueName("Stationery");
        long categoryId = Service.PRODUCT
                .request(Accounts.adminToken())
                .body(Map.of("category_name", categoryName, "description", "Paper and pens"))
                .post("/category-creation")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("category_id");
        String productName = Catalog.uniqueName("Notebook");
        long productId = Catalog.createProduct(categoryId, productName);

        var price = Prices.set(productId, "12.5");

        assertEquals(productId, price.getLong("product_id"));
        assertThat(price.get("price"), comparesEqualTo(new BigDecimal("12.50")));
        assertThat(price.get("price_id"), not(nullValue()));
        assertThat(price.get("effective_date"), not(nullValue()));
        var product = Prices.product(productId);
        assertThat(product.get("price"), comparesEqualTo(new BigDecimal("12.50")));
        assertEquals(productName, product.getString("product_name"));
        assertEquals(categoryName, product.getString("category_name"));
        assertEquals(categoryId, product.getLong("category_id"));
    }

    @Test
    void pricesAreAnsweredWithTwoDecimalPlaces() {
        long productId = newProduct(Catalog.uniqueName("Ruler"));

        String set = Service.PRODUCT
                .request(Accounts.adminToken())
                .body(Map.of("product_id", productId, "price", 3))
                .post("/product-price")
                .asString();
        String product =
                Service.PRODUCT.request().get("/products/{id}", productId).asString();

        assertThat(set, containsString("\"price\":3.00"));
        assertThat(product, containsString("\"price\":3.00"));
    }

    @Test
    void aProductWithoutAPriceShowsANullPrice() {
        long productId = newProduct(Catalog.uniqueName("Unpriced"));

        String json = Service.PRODUCT.request().get("/products/{id}", productId).asString();

        assertNull(Prices.json(json).get("price"));
        assertThat(json, containsString("\"price\":null"));
    }

    @Test
    void settingAPricePublishesItOnProductData() {
        String name = Catalog.uniqueName("Stapler");
        long productId = newProduct(name);
        try (var productData = new TopicTail("product_data")) {
            var price = Prices.set(productId, "7.25");

            var events = await().atMost(Duration.ofSeconds(30))
                    .pollInSameThread()
                    .until(() -> priceEvents(productData, productId, "7.25"), hasSize(1));

            var event = events.get(0).json();
            assertEquals(name, event.getString("product_name"));
            assertEquals(price.getString("effective_date"), event.getString("effective_date"));
            assertThat(event.get("event_id"), not(nullValue()));
        }
    }

    @Test
    void aLaterPriceReplacesTheCurrentOne() {
        long productId = newProduct(Catalog.uniqueName("Eraser"));
        Prices.set(productId, "1.00");

        Prices.set(productId, "1.20");

        assertThat(Prices.current(productId), comparesEqualTo(new BigDecimal("1.20")));
    }

    @Test
    void aBackDatedPriceOlderThanTheCurrentOneDoesNotReplaceIt() {
        long productId = newProduct(Catalog.uniqueName("Folder"));
        Prices.set(productId, "2.00");

        Prices.set(productId, "1.50", Instant.now().minus(Duration.ofDays(7)));

        assertThat(Prices.current(productId), comparesEqualTo(new BigDecimal("2.00")));
    }

    @Test
    void aFuturePriceIsNotCurrentUntilItsTimeThenBecomesCurrentAndIsPublishedOnce() {
        long productId = newProduct(Catalog.uniqueName("Calendar"));
        Prices.set(productId, "10.00");
        Instant effective = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
        try (var productData = new TopicTail("product_data")) {
            Prices.set(productId, "11.00", effective);

            BigDecimal before = Prices.current(productId);
            assertThat("checked before the price's time", Instant.now(), lessThan(effective));
            assertThat(before, comparesEqualTo(new BigDecimal("10.00")));
            assertTrue(priceEvents(productData, productId, "11.00").isEmpty(), "published early");

            await().atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> Prices.current(productId), comparesEqualTo(new BigDecimal("11.00")));
            var events = await().atMost(Duration.ofSeconds(20))
                    .pollInSameThread()
                    .until(() -> priceEvents(productData, productId, "11.00"), hasSize(1));
            assertEquals(effective, Instant.parse(events.get(0).json().getString("effective_date")));
            assertFalse(
                    Instant.parse(events.get(0).json().getString("occurred_at")).isBefore(effective),
                    "published before its time");
            // the job runs every second: a second announcement would show within a few polls
            await().during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(10))
                    .pollInSameThread()
                    .until(() -> priceEvents(productData, productId, "11.00"), hasSize(1));
        }
    }
}
