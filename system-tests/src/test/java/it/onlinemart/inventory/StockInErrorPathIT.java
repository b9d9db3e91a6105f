package it.onlinemart.inventory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.ValidatableResponse;
import it.onlinemart.Service;
import it.onlinemart.user.Accounts;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.microshed.testing.jupiter.MicroShedTest;

/** Bad warehouse, supplier and stock-in requests get a problem naming the field or the unknown thing, never a 5xx. */
@MicroShedTest
class StockInErrorPathIT {

    private static final long UNKNOWN_ID = Long.MAX_VALUE;

    private static long productId;
    private static long warehouseId;
    private static long supplierId;
    private static String userToken;

    @BeforeAll
    static void aProductAWarehouseASupplierAndAUser() {
        userToken = Accounts.newUser().token();
        productId = Stock.productInInventory();
        warehouseId = Stock.warehouse();
        supplierId = Stock.supplier();
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }

    private static ValidatableResponse stockIn(Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(Stock.stockInBody(productId, warehouseId, supplierId, 1));
        body.putAll(changes);
        return Service.INVENTORY
                .request(Accounts.adminToken())
                .body(body)
                .post("/stockin")
                .then();
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                Arguments.of("quantity", "zero", Map.of("quantity", 0)),
                Arguments.of("quantity", "negative", Map.of("quantity", -4)),
                Arguments.of("quantity", "a fraction", Map.of("quantity", 1.5)),
                Arguments.of("quantity", "over a million", Map.of("quantity", 1_000_001)),
                Arguments.of("quantity", "beyond an int", Map.of("quantity", 4_294_967_297L)),
                Arguments.of("cost", "negative", Map.of("cost", -0.01)),
                Arguments.of("cost", "with 3 decimals", Map.of("cost", 1.234)),
                Arguments.of("cost", "text", Map.of("cost", "cheap")),
                Arguments.of("manufacture_date", "no date", Map.of("manufacture_date", "2026-02-30")),
                Arguments.of("expiry_date", "a time, not a date", Map.of("expiry_date", "2027-01-01T10:00:00Z")),
                Arguments.of(
                        "expiry_date",
                        "before manufacture",
                        Map.of("manufacture_date", "2026-03-01", "expiry_date", "2026-02-28")),
                Arguments.of("product_id", "null", Collections.singletonMap("product_id", null)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("invalidFields")
    void anInvalidStockInIsA400NamingTheFieldAndAddsNothing(String field, String why, Map<String, Object> changes) {
        problem(stockIn(changes), 400).body("errors.field", hasItem(field));
        assertEquals(0, Stock.available(productId));
    }

    @Test
    void anUnknownProductIsA404NamingTheProduct() {
        problem(stockIn(Map.of("product_id", UNKNOWN_ID)), 404).body("detail", containsString("product " + UNKNOWN_ID));
    }

    @Test
    void anUnknownWarehouseIsA404NamingTheWarehouse() {
        problem(stockIn(Map.of("warehouse_id", UNKNOWN_ID)), 404)
                .body("detail", containsString("Warehouse " + UNKNOWN_ID));
        assertEquals(0, Stock.available(productId));
    }

    @Test
    void anUnknownSupplierIsA404NamingTheSupplier() {
        problem(stockIn(Map.of("supplier_id", UNKNOWN_ID)), 404)
                .body("detail", containsString("Supplier " + UNKNOWN_ID));
        assertEquals(0, Stock.available(productId));
    }

    @Test
    void aSupplierEmailTakenInAnotherLetterCaseIsA409NamingTheEmail() {
        String email = Accounts.uniqueEmail("dup");
        Service.INVENTORY
                .request(Accounts.adminToken())
                .body(Stock.supplierBody(email))
                .post("/add_supplier")
                .then()
                .statusCode(201);

        var again = Service.INVENTORY
                .request(Accounts.adminToken())
                .body(Stock.supplierBody(email.toUpperCase()))
                .post("/add_supplier")
                .then();

        problem(again, 409).body("errors.field", hasItem("email"));
    }

    @Test
    void aSupplierWithoutAValidEmailIsA400NamingIt() {
        var response = Service.INVENTORY
                .request(Accounts.adminToken())
                .body(Stock.supplierBody("not an address"))
                .post("/add_supplier")
                .then();

        problem(response, 400).body("errors.field", hasItem("email"));
    }

    @Test
    void aWarehouseWithoutANameIsA400NamingIt() {
        var response = Service.INVENTORY
                .request(Accounts.adminToken())
                .body(Map.of("location", "Nowhere"))
                .post("/add_warehouse")
                .then();

        problem(response, 400).body("errors.field", hasItem("warehouse_name"));
    }

    @Test
    void aPageLargerThanTheLimitIsA400NamingTheSize() {
        problem(
                        Service.INVENTORY
                                .request(Accounts.adminToken())
                                .get("/get-all-warehouses?size=101")
                                .then(),
                        400)
                .body("errors.field", hasItem("size"));
        problem(
                        Service.INVENTORY
                                .request(Accounts.adminToken())
                                .get("/list-all-suppliers?page=-1")
                                .then(),
                        400)
                .body("errors.field", hasItem("page"));
    }

    static Stream<Arguments> adminRequests() {
        return Stream.of(
                Arguments.of("POST", "/add_warehouse", Map.of("warehouse_name", "Not mine", "location", "Anywhere")),
                Arguments.of("POST", "/add_supplier", Stock.supplierBody(Accounts.uniqueEmail("forbidden"))),
                Arguments.of("POST", "/stockin", Stock.stockInBody(productId, warehouseId, supplierId, 1)),
                Arguments.of("GET", "/get-all-warehouses", Map.of()),
                Arguments.of("GET", "/list-all-suppliers", Map.of()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("adminRequests")
    void aUsersValidRequestToAnAdminEndpointIsA403AndChangesNothing(
            String method, String path, Map<String, Object> body) {
        var request = Service.INVENTORY.request(userToken);
        if (!body.isEmpty()) {
            request = request.body(body);
        }

        problem(request.request(method, path).then(), 403);
        assertEquals(0, Stock.available(productId));
    }
}
