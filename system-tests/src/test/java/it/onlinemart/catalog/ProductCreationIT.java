package it.onlinemart.catalog;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import it.onlinemart.Catalog;
import it.onlinemart.Service;
import it.onlinemart.user.Accounts;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** The first slice across two services: product publishes inventory_creation, inventory opens the item. */
@MicroShedTest
class ProductCreationIT {

    @Test
    void creatingACategoryAnswersItWithItsId() {
        String name = Catalog.uniqueName("Kitchen");
        Service.PRODUCT
                .request(Accounts.adminToken())
                .body(Map.of("category_name", name, "description", "Pots and pans"))
                .post("/category-creation")
                .then()
                .statusCode(201)
                .body("category_id", notNullValue())
                .body("category_name", equalTo(name))
                .body("description", equalTo("Pots and pans"));
    }

    @Test
    void creatingAProductAnswersItWithItsLocation() {
        long categoryId = Catalog.createCategory();
        String name = Catalog.uniqueName("Kettle");

        Service.PRODUCT
                .request(Accounts.adminToken())
                .body(Map.of("product_name", name, "category_id", categoryId))
                .post("/product-creation")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("product_name", equalTo(name))
                .body("category_id", equalTo((int) categoryId));
    }

    @Test
    void aNewProductAppearsInInventoryWithNothingAvailable() {
        String name = Catalog.uniqueName("Teapot");
        long productId = Catalog.createProduct(Catalog.createCategory(), name);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> Service.INVENTORY
                        .request()
                        .get("/inventory/{id}", productId)
                        .then()
                        .statusCode(200)
                        .body("product_id", equalTo((int) productId))
                        .body("product_name", equalTo(name))
                        .body("available", equalTo(0)));
    }
}
