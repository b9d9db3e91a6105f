package it.onlinemart.catalog;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import it.onlinemart.Service;
import it.onlinemart.user.Accounts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Sets and reads prices through the product service's API; money read as BigDecimal, never as a double. */
final class Prices {

    private static final JsonPathConfig DECIMALS = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private Prices() {}

    static JsonPath json(String body) {
        return new JsonPath(body).using(DECIMALS);
    }

    /** Sets the price as the admin; the answer's JSON. */
    static JsonPath set(long productId, String price, Instant effectiveDate) {
        Map<String, Object> body = new HashMap<>(Map.of("product_id", productId, "price", new BigDecimal(price)));
        if (effectiveDate != null) {
            body.put("effective_date", effectiveDate.toString());
        }
        String answer = Service.PRODUCT
                .request(Accounts.adminToken())
                .body(body)
                .post("/product-price")
                .then()
                .statusCode(equalTo(201))
                .extract()
                .asString();
        return json(answer);
    }

    static JsonPath set(long productId, String price) {
        return set(productId, price, null);
    }

    /** What GET /products/{id} shows: the product with its current price. */
    static JsonPath product(long productId) {
        return json(Service.PRODUCT
                .request()
                .get("/products/{id}", productId)
                .then()
                .statusCode(equalTo(200))
                .extract()
                .asString());
    }

    /** The current price GET /products/{id} shows, null while there is none. */
    static BigDecimal current(long productId) {
        return product(productId).get("price");
    }
}
