package it.onlinemart.order;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;
import it.onlinemart.Service;
import it.onlinemart.user.Accounts;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Bad paging and ids on the order lists are 4xx problems naming what was wrong, never 5xx. */
@MicroShedTest
class OrderReadingErrorPathIT {

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status));
    }

    @Test
    void aSizeOver100Is400NamingIt() {
        problem(
                        Service.ORDER
                                .request(Accounts.newUser().token())
                                .get("/orders?size=101")
                                .then(),
                        400)
                .body("errors.field", hasItem("size"));
    }

    @Test
    void aNegativePageIs400NamingIt() {
        problem(
                        Service.ORDER
                                .request(Accounts.adminToken())
                                .get("/all-orders?page=-1")
                                .then(),
                        400)
                .body("errors.field", hasItem("page"));
    }

    @Test
    void aPageThatIsNotANumberIs400NamingIt() {
        problem(
                        Service.ORDER
                                .request(Accounts.newUser().token())
                                .get("/orders?page=abc")
                                .then(),
                        400)
                .body("errors.field", hasItem("page"));
    }

    @Test
    void anOrderIdThatIsNotANumberIs404() {
        problem(
                Service.ORDER
                        .request(Accounts.newUser().token())
                        .get("/orders/abc")
                        .then(),
                404);
    }
}
