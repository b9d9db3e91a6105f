package it.onlinemart.order;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import it.onlinemart.Service;
import java.util.HashMap;
import java.util.Map;

/** The cart endpoints of the order service, called as the token's owner; money read as BigDecimal. */
public final class Carts {

    private static final JsonPathConfig EXACT_MONEY = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private Carts() {}

    /** A body of product_id and quantity; either may be any JSON value, or left out when null. */
    static Map<String, Object> line(Object productId, Object quantity) {
        Map<String, Object> body = new HashMap<>();
        if (productId != null) {
            body.put("product_id", productId);
        }
        if (quantity != null) {
            body.put("quantity", quantity);
        }
        return body;
    }

    public static ValidatableResponse add(String token, Object productId, Object quantity) {
        return Service.ORDER
                .request(token)
                .body(line(productId, quantity))
                .post("/add-to-cart")
                .then();
    }

    static ValidatableResponse update(String token, Object productId, Object quantity) {
        return Service.ORDER
                .request(token)
                .body(line(productId, quantity))
                .put("/update-cart")
                .then();
    }

    static ValidatableResponse delete(String token, Object productId) {
        return Service.ORDER
                .request(token)
                .queryParam("product_id", productId)
                .delete("/delete-item-from-cart")
                .then();
    }

    static ValidatableResponse view(String token) {
        return Service.ORDER.request(token).get("/view-cart").then();
    }

    /** The cart as GET /view-cart shows it, after checking it answered 200. */
    static JsonPath viewed(String token) {
        return money(view(token).statusCode(200));
    }

    /** A 200 answer's cart, with exact money. */
    static JsonPath money(ValidatableResponse cartAnswer) {
        return cartAnswer.extract().jsonPath(EXACT_MONEY);
    }
}
