package it.onlinemart.catalog;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;
import it.onlinemart.Catalog;
import it.onlinemart.Service;
import it.onlinemart.user.Accounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** A bad price is a 4xx problem naming the field, never a 500, and leaves the current price alone. */
@MicroShedTest
class ProductPriceErrorPathIT {

    private static long productId;

    @BeforeAll
    static void aProduct() {
        productId = Catalog.createProduct(Catalog.createCategory(), Catalog.uniqueName("Priced wrongly"));
    }

    private static ValidatableResponse post(String token, String body) {
        return Service.PRODUCT.request(token).body(body).post("/product-price").then();
    }

    private static ValidatableResponse asAdmin(String fields) {
        return post(Accounts.adminToken(), "{" + fields + "}");
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }

    private static void badField(String fields, String field) {
        problem(asAdmin(fields), 400).body("errors.field", hasItem(field));
    }

    @Test
    void aPriceWithThreeDecimalsIsA400NamingThePrice() {
        badField("\"product_id\": " + productId + ", \"price\": 12.345", "price");
        badField("\"product_id\": " + productId + ", \"price\": 12.500", "price");
    }

    @Test
    void aZeroPriceIsA400NamingThePrice() {
        badField("\"product_id\": " + productId + ", \"price\": 0", "price");
    }

    @Test
    void aNegativePriceIsA400NamingThePrice() {
        badField("\"product_id\": " + productId + ", \"price\": -5.00", "price");
    }

    @Test
    void aPriceBeyondTenIntegerDigitsIsA400NamingThePrice() {
        badField("\"product_id\": " + productId + ", \"price\": 12345678901", "price");
    }

    @Test
    void aPriceThatIsNotANumberIsA400NamingThePrice() {
        badField("\"product_id\": " + productId + ", \"price\": \"twelve\"", "price");
        badField("\"product_id\": " + productId + ", \"price\": true", "price");
    }

    @Test
    void aMissingPriceOrProductIsA400NamingIt() {
        badField("\"product_id\": " + productId, "price");
        badField("\"price\": 1.00", "product_id");
    }

    @Test
    void anEffectiveDateThatIsNotAnInstantIsA400NamingIt() {
        badField(
                "\"product_id\": " + productId + ", \"price\": 1.00, \"effective_date\": \"tomorrow\"",
                "effective_date");
        badField(
                "\"product_id\": " + productId + ", \"price\": 1.00, \"effective_date\": \"2026-13-01T00:00:00Z\"",
                "effective_date");
        badField(
                "\"product_id\": " + productId + ", \"price\": 1.00, \"effective_date\": \"2026-01-01\"",
                "effective_date");
    }

    @Test
    void anUnknownProductIsA404() {
        problem(asAdmin("\"product_id\": " + Long.MAX_VALUE + ", \"price\": 1.00"), 404);
    }

    @Test
    void malformedJsonIsA400AboutTheBody() {
        problem(post(Accounts.adminToken(), "{\"product_id\": " + productId + ", \"price\": "), 400)
                .body("errors.field", hasItem("body"));
    }

    @Test
    void aUserMayNotSetPrices() {
        problem(post(Accounts.newUser().token(), "{\"product_id\": " + productId + ", \"price\": 1.00}"), 403);
    }

    @Test
    void anAnonymousCallerMayNotSetPrices() {
        problem(
                Service.PRODUCT
                        .request()
                        .body("{\"product_id\": " + productId + ", \"price\": 1.00}")
                        .post("/product-price")
                        .then(),
                401);
    }

    @Test
    void refusedPricesLeaveTheProductUnpriced() {
        asAdmin("\"product_id\": " + productId + ", \"price\": 0").statusCode(400);

        Service.PRODUCT
                .request()
                .get("/products/{id}", productId)
                .then()
                .statusCode(200)
                .body(containsString("\"price\":null"));
    }
}
