package it.onlinemart;

import static org.hamcrest.Matchers.equalTo;

import it.onlinemart.user.Accounts;
import java.util.Map;
import java.util.UUID;

/** Creates catalog data through the product service's API as the admin, with names unique to each run. */
public final class Catalog {

    private Catalog() {}

    public static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static long createCategory() {
        return Service.PRODUCT
                .request(Accounts.adminToken())
                .body(Map.of("category_name", uniqueName("Category"), "description", "made by a system test"))
                .post("/category-creation")
                .then()
                .statusCode(equalTo(201))
                .extract()
                .jsonPath()
                .getLong("category_id");
    }

    public static long createProduct(long categoryId, String productName) {
        return Service.PRODUCT
                .request(Accounts.adminToken())
                .body(Map.of("product_name", productName, "category_id", categoryId, "description", "test product"))
                .post("/product-creation")
                .then()
                .statusCode(equalTo(201))
                .extract()
                .jsonPath()
                .getLong("product_id");
    }
}
