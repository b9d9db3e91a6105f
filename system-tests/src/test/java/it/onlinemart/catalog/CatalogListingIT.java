package it.onlinemart.catalog;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import it.onlinemart.Catalog;
import it.onlinemart.Service;
import it.onlinemart.user.Accounts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** What anyone may read of the catalog: every category, and the products a page at a time with prices. */
@MicroShedTest
class CatalogListingIT {

    private static JsonPath page(int page, int size) {
        return Prices.json(Service.PRODUCT
                .request()
                .queryParam("page", page)
                .queryParam("size", size)
                .get("/all-products")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    @Test
    void everyCategoryIsListedByNameWithoutSigningIn() {
        String name = Catalog.uniqueName("aardvark supplies");
        long categoryId = Service.PRODUCT
                .request(Accounts.adminToken())
                .body(Map.of("category_name", name))
                .post("/category-creation")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("category_id");

        var categories = Service.PRODUCT
                .request()
                .get("/list-all-categories")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        List<String> names = categories.getList("category_name", String.class);
        assertTrue(categories.getList("category_id", Long.class).contains(categoryId));
        assertTrue(names.contains(name));
        var sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparing(String::toLowerCase));
        assertEquals(sorted, names);
    }

    /** Finds these (new) products from the last page backwards: others may be added meanwhile, none removed. */
    private static Map<Long, Map<String, Object>> itemsOf(List<Long> productIds, long total) {
        Map<Long, Map<String, Object>> found = new HashMap<>();
        for (int page = (int) ((total - 1) / 100); page >= 0 && found.size() < productIds.size(); page--) {
            List<Map<String, Object>> items = page(page, 100).getList("items");
            for (var item : items) {
                long id = ((Number) item.get("product_id")).longValue();
                if (productIds.contains(id)) {
                    found.put(id, item);
                }
            }
        }
        assertEquals(productIds.size(), found.size(), "products found on the pages");
        return found;
    }

    @Test
    void productsArePagedInIdOrderEachWithItsCurrentPriceOrNull() {
        long categoryId = Catalog.createCategory();
        long priced = Catalog.createProduct(categoryId, Catalog.uniqueName("Priced"));
        long unpriced = Catalog.createProduct(categoryId, Catalog.uniqueName("Unpriced"));
        Catalog.createProduct(categoryId, Catalog.uniqueName("Third")); // so that page 1 of size 2 has one
        Prices.set(priced, "4.40");

        var first = page(0, 2);
        long total = first.getLong("total");
        assertThat(total, greaterThanOrEqualTo(3L));
        assertEquals(0, first.getInt("page"));
        assertEquals(2, first.getInt("size"));
        assertEquals(2, first.getList("items").size());
        var second = page(1, 2);
        assertTrue(first.getLong("items[1].product_id") < second.getLong("items[0].product_id"), "id order");
        assertEquals(total, second.getLong("total"));

        var byId = itemsOf(List.of(priced, unpriced), total);
        assertThat((BigDecimal) byId.get(priced).get("price"), comparesEqualTo(new BigDecimal("4.40")));
        assertTrue(byId.get(unpriced).containsKey("price"));
        assertNull(byId.get(unpriced).get("price"));
        assertEquals(categoryId, ((Number) byId.get(priced).get("category_id")).longValue());
    }

    @Test
    void aPageBeyondTheLastIsEmpty() {
        var beyond = page(1_000_000, 100);

        assertTrue(beyond.getList("items").isEmpty());
        assertThat(beyond.getLong("total"), greaterThanOrEqualTo(0L));
    }

    @Test
    void outOfRangePagesAre400ProblemsNamingTheParameter() {
        for (var bad : List.of(Map.of("page", "-1"), Map.of("size", "0"), Map.of("size", "101"), Map.of("page", "x"))) {
            Service.PRODUCT
                    .request()
                    .queryParams(bad)
                    .get("/all-products")
                    .then()
                    .statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("errors.field", hasItem(bad.keySet().iterator().next()))
                    .body(org.hamcrest.Matchers.not(containsString("Exception")));
        }
    }

    @Test
    void aPageWhoseFirstItemLiesBeyondAnyPossibleListIsA400NamingPage() {
        int lastPossible = Integer.MAX_VALUE / 100;
        assertTrue(page(lastPossible, 100).getList("items").isEmpty());

        Service.PRODUCT
                .request()
                .queryParam("page", lastPossible + 1)
                .queryParam("size", 100)
                .get("/all-products")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", equalTo(List.of("page")))
                .body("errors[0].message", containsString(String.valueOf(lastPossible)));
    }

    @Test
    void anUnknownProductIsA404Problem() {
        Service.PRODUCT
                .request()
                .get("/products/{id}", Long.MAX_VALUE)
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404));
    }
}
