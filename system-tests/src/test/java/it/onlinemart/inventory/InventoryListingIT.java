package it.onlinemart.inventory;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import it.onlinemart.Catalog;
import it.onlinemart.Service;
import it.onlinemart.user.Accounts;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** The admin's list of every product's stock comes a page at a time. */
@MicroShedTest
class InventoryListingIT {

    @Test
    void theAdminListsItemsAPageAtATime() {
        for (int i = 0; i < 3; i++) {
            Catalog.createProduct(Catalog.createCategory(), Catalog.uniqueName("Listed"));
        }

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> Service.INVENTORY
                        .request(Accounts.adminToken())
                        .get("/get-all-items?page=0&size=2")
                        .then()
                        .statusCode(200)
                        .body("items", hasSize(2))
                        .body("page", equalTo(0))
                        .body("size", equalTo(2))
                        .body("total", greaterThanOrEqualTo(3)));
    }

    @Test
    void aPageParameterThatIsNotANumberIsA400NamingIt() {
        Service.INVENTORY
                .request(Accounts.adminToken())
                .get("/get-all-items?page=abc")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("page"));
    }

    @Test
    void aPageLargerThanTheLimitIsA400NamingTheSize() {
        Service.INVENTORY
                .request(Accounts.adminToken())
                .get("/get-all-items?size=101")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("size"));
    }
}
