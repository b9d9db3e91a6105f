package it.onlinemart.order;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.ValidatableResponse;
import it.onlinemart.Service;
import it.onlinemart.user.Accounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.microshed.testing.jupiter.MicroShedTest;

/** What the cart refuses: each a problem naming the field at fault, and the cart as it was. */
@MicroShedTest
class CartErrorPathIT {

    /** Far above any product id the stack hands out. */
    private static final long UNKNOWN_PRODUCT = 8_000_000_000L;

    /** One user for the requests that are refused before they reach any cart. */
    private static String refusedUser;

    @BeforeAll
    static void signIn() {
        refusedUser = Accounts.newUser().token();
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String field) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("errors.field", hasItem(field));
    }

    @Test
    void aProductWithoutAPriceIs404EvenWithStock() {
        long unpriced = Shelf.unpriced(5);
        String token = Accounts.newUser().token();

        problem(Carts.add(token, unpriced, 1), 404, "product_id");
        problem(Carts.add(token, UNKNOWN_PRODUCT, 1), 404, "product_id");
        Carts.view(token).statusCode(200).body("items", hasSize(0));
    }

    @Test
    void moreThanIsAvailableIs409SayingHowManyAre() {
        var kettle = Shelf.stocked("24.99", 3);
        String token = Accounts.newUser().token();
        Carts.add(token, kettle.id(), 2).statusCode(200);

        problem(Carts.add(token, kettle.id(), 2), 409, "quantity").body("detail", containsString("Only 3 units"));
        problem(Carts.update(token, kettle.id(), 4), 409, "quantity").body("detail", containsString("Only 3 units"));

        assertEquals(List.of(2), Carts.viewed(token).getList("items.quantity"));
        Carts.add(token, kettle.id(), 1).statusCode(200);
        assertEquals(List.of(3), Carts.viewed(token).getList("items.quantity"));
    }

    @Test
    void moreThan1000OfOneProductIs409EvenWithTheStock() {
        var kettle = Shelf.stocked("1.00", 2000);
        String token = Accounts.newUser().token();
        Carts.add(token, kettle.id(), 1000).statusCode(200);

        problem(Carts.add(token, kettle.id(), 1), 409, "quantity");

        assertEquals(List.of(1000), Carts.viewed(token).getList("items.quantity"));
    }

    @Test
    void aHundredAndFirstProductIs409NamingProductId() throws Exception {
        var kettle = Shelf.stocked("24.99", 10);
        var ann = Accounts.newUser();
        fillWithUnknownProducts(ann.userId(), 100);

        problem(Carts.add(ann.token(), kettle.id(), 1), 409, "product_id");

        Carts.view(ann.token()).statusCode(200).body("items", hasSize(100));
    }

    @Test
    void updatingOrDeletingAProductNotInTheCartIs404() {
        var kettle = Shelf.stocked("24.99", 10);
        String token = Accounts.newUser().token();

        problem(Carts.update(token, kettle.id(), 1), 404, "product_id");
        problem(Carts.update(token, kettle.id(), 0), 404, "product_id");
        problem(Carts.delete(token, kettle.id()), 404, "product_id");
        Carts.add(token, kettle.id(), 1).statusCode(200);
        Carts.delete(token, kettle.id()).statusCode(200);
        problem(Carts.delete(token, kettle.id()), 404, "product_id");
    }

    static Stream<Arguments> badAdds() {
        return Stream.of(
                Arguments.of("no product_id", null, 1, "product_id"),
                Arguments.of("product_id 0", 0, 1, "product_id"),
                Arguments.of("product_id as text", "abc", 1, "product_id"),
                Arguments.of("product_id with a fraction", 1.5, 1, "product_id"),
                Arguments.of("no quantity", 1, null, "quantity"),
                Arguments.of("quantity 0", 1, 0, "quantity"),
                Arguments.of("quantity -1", 1, -1, "quantity"),
                Arguments.of("quantity 1001", 1, 1001, "quantity"),
                Arguments.of("quantity with a fraction", 1, 1.5, "quantity"),
                Arguments.of("quantity past int", 1, 4294967297L, "quantity"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAdds")
    void aBadAddIs400NamingTheField(String what, Object productId, Object quantity, String field) {
        problem(Carts.add(refusedUser, productId, quantity), 400, field);
    }

    static Stream<Arguments> badUpdates() {
        return Stream.of(
                Arguments.of("no product_id", null, 1, "product_id"),
                Arguments.of("quantity -1", 1, -1, "quantity"),
                Arguments.of("quantity 1001", 1, 1001, "quantity"),
                Arguments.of("quantity as text", 1, "two", "quantity"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badUpdates")
    void aBadUpdateIs400NamingTheField(String what, Object productId, Object quantity, String field) {
        problem(Carts.update(refusedUser, productId, quantity), 400, field);
    }

    @Test
    void aBodyThatIsNotJsonIs400() {
        problem(
                Service.ORDER
                        .request(refusedUser)
                        .body("{\"product_id\": 1,")
                        .post("/add-to-cart")
                        .then(),
                400,
                "body");
    }

    @Test
    void deletingWithoutAProductIdOrWithABadOneIs400NamingIt() {
        problem(
                Service.ORDER
                        .request(refusedUser)
                        .delete("/delete-item-from-cart")
                        .then(),
                400,
                "product_id");
        problem(Carts.delete(refusedUser, "abc"), 400, "product_id");
        problem(Carts.delete(refusedUser, 0), 400, "product_id");
    }

    @Test
    void withoutATokenEveryCartEndpointIs401() {
        for (ValidatableResponse answer : List.of(
                Service.ORDER
                        .request()
                        .body(Carts.line(1, 1))
                        .post("/add-to-cart")
                        .then(),
                Service.ORDER.request().get("/view-cart").then(),
                Service.ORDER
                        .request()
                        .body(Carts.line(1, 1))
                        .put("/update-cart")
                        .then(),
                Service.ORDER
                        .request()
                        .delete("/delete-item-from-cart?product_id=1")
                        .then())) {
            answer.statusCode(401).contentType(startsWith("application/problem+json"));
        }
    }

    /** Lines of products the shop never had, straight into the order database: faster than 100 real ones. */
    private static void fillWithUnknownProducts(long userId, int lines) throws Exception {
        try (Connection db = Service.ORDER.database();
                PreparedStatement cart = db.prepareStatement("INSERT INTO cart (user_id) VALUES (?)");
                PreparedStatement line = db.prepareStatement("INSERT INTO cart_line (user_id, product_id, quantity)"
                        + " SELECT ?, ? + n, 1 FROM generate_series(1, ?) AS n")) {
            cart.setLong(1, userId);
            cart.executeUpdate();
            line.setLong(1, userId);
            line.setLong(2, UNKNOWN_PRODUCT);
            line.setInt(3, lines);
            line.executeUpdate();
        }
    }
}
