package it.onlinemart.notification;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import it.onlinemart.Service;
import it.onlinemart.user.Accounts;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Bad paging on the notification list is a 400 naming the parameter, never 5xx. */
@MicroShedTest
class NotificationListingErrorPathIT {

    @Test
    void aSizeOfZeroIs400NamingIt() {
        Service.NOTIFICATION
                .request(Accounts.newUser().token())
                .get("/notifications?size=0")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("errors.field", hasItem("size"));
    }

    @Test
    void aPageThatIsNotANumberIs400NamingIt() {
        Service.NOTIFICATION
                .request(Accounts.newUser().token())
                .get("/notifications?page=first")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("page"));
    }
}
