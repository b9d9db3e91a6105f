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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Bad input gets a clear RFC 9457 answer naming the field, never a 500 or a stack trace. */
@MicroShedTest
class ProductCreationErrorPathIT {

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("title", not(equalTo(null)))
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }

    @Test
    void malformedJsonIsA400ProblemAboutTheBody() {
        var response = Service.PRODUCT
                .request(Accounts.adminToken())
                .body("{\"category_name\": \"Tea\", ")
                .post("/category-creation")
                .then();

        problem(response, 400).body("errors.field", hasItem("body"));
    }

    @Test
    void aMissingFieldIsA400ProblemNamingIt() {
        var response = Service.PRODUCT
                .request(Accounts.adminToken())
                .body(Map.of("description", "no name"))
                .post("/category-creation")
                .then();

        problem(response, 400).body("errors.field", hasItem("category_name"));
    }

    @Test
    void aValueOfTheWrongTypeIsA400ProblemNamingIt() {
        var response = Service.PRODUCT
                .request(Accounts.adminToken())
                .body("{\"product_name\": \"Cup\", \"category_id\": \"abc\"}")
                .post("/product-creation")
                .then();

        problem(response, 400).body("errors.field", hasItem("category_id"));
    }

    @Test
    void anIdThatIsNotAWholeNumberIsA400ProblemNamingIt() {
        long categoryId = Catalog.createCategory();
        var response = Service.PRODUCT
                .request(Accounts.adminToken())
                .body("{\"product_name\": \"Cup\", \"category_id\": " + categoryId + ".9}")
                .post("/product-creation")
                .then();

        problem(response, 400).body("errors.field", hasItem("category_id"));
    }

    @Test
    void anUnknownCategoryIsA404Problem() {
        var response = Service.PRODUCT
                .request(Accounts.adminToken())
                .body(Map.of("product_name", "Cup", "category_id", Long.MAX_VALUE))
                .post("/product-creation")
                .then();

        problem(response, 404);
    }

    @Test
    void aDuplicateCategoryNameIsA409ProblemWhateverTheLetterCase() {
        String name = Catalog.uniqueName("Garden");
        Service.PRODUCT
                .request(Accounts.adminToken())
                .body(Map.of("category_name", name))
                .post("/category-creation")
                .then()
                .statusCode(201);

        var response = Service.PRODUCT
                .request(Accounts.adminToken())
                .body(Map.of("category_name", name.toUpperCase()))
                .post("/category-creation")
                .then();

        problem(response, 409).body("errors.field", hasItem("category_name"));
    }

    @Test
    void anUnknownPathIsA404Problem() {
        problem(Service.INVENTORY.request().get("/no-such-thing").then(), 404);
        problem(
                Service.INVENTORY
                        .request()
                        .get("/inventory/{id}", Long.MAX_VALUE)
                        .then(),
                404);
    }

    @Test
    void aBodyOverOneMebibyteIsA413Problem() {
        String huge = "x".repeat(1024 * 1024 + 1);
        var response = Service.PRODUCT
                .request(Accounts.adminToken())
                .body(Map.of("category_name", "Big", "description", huge))
                .post("/category-creation")
                .then();

        problem(response, 413);
    }
}
