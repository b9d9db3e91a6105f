package it.onlinemart.user;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.restassured.response.ValidatableResponse;
import it.onlinemart.Service;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** What admins do with accounts, and that nobody else can; the public key every service verifies with. */
@MicroShedTest
class UserAdministrationIT {

    private static final String PASSWORD = "admin-test-pw-1";

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status));
    }

    private static Map<String, Object> newAdmin(String email) {
        return Map.of("user_name", "Second Admin", "user_email", email, "user_password", PASSWORD);
    }

    @Test
    void anAdminListsUsersAPageAtATime() {
        Accounts.newUser();
        Accounts.newUser();

        var first = Service.USER
                .request(Accounts.adminToken())
                .queryParam("page", 0)
                .queryParam("size", 1)
                .get("/get-all-users")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("page", equalTo(0))
                .body("size", equalTo(1))
                .body("total", greaterThanOrEqualTo(3))
                .extract()
                .jsonPath();
        var second = Service.USER
                .request(Accounts.adminToken())
                .queryParam("page", 1)
                .queryParam("size", 1)
                .get("/get-all-users")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("page", equalTo(1))
                .extract()
                .jsonPath();

        assertNotEquals(first.getLong("items[0].user_id"), second.getLong("items[0].user_id"));
        assertEquals(first.getLong("total"), second.getLong("total"));
    }

    @Test
    void theListShowsNoPasswords() {
        Service.USER
                .request(Accounts.adminToken())
                .queryParam("size", 100)
                .get("/get-all-users")
                .then()
                .statusCode(200)
                .body("items", everyItem(not(hasKey("user_password"))))
                .body(not(containsString("pbkdf2")));
    }

    @Test
    void aPageSizeOver100Is400NamingIt() {
        problem(
                        Service.USER
                                .request(Accounts.adminToken())
                                .queryParam("size", 101)
                                .get("/get-all-users")
                                .then(),
                        400)
                .body("errors.field", hasItem("size"));
    }

    @Test
    void anAddedAdminSignsInWithTheAdminGroup() {
        String email = Accounts.uniqueEmail("admin");

        Service.USER
                .request(Accounts.adminToken())
                .body(newAdmin(email))
                .post("/add_admin")
                .then()
                .statusCode(201)
                .body("user_email", equalTo(email))
                .body("role", equalTo("admin"));

        String token = Accounts.tokenFor(email, PASSWORD);
        assertEquals(List.of("admin"), Tokens.claims(token).getList("groups"));
        Service.USER.request(token).get("/get-all-users").then().statusCode(200);
    }

    @Test
    void aDeletedUserCannotSignInAnyMore() {
        Accounts.Account bob = Accounts.newUser();

        Service.USER
                .request(Accounts.adminToken())
                .queryParam("user_id_to_delete", bob.userId())
                .delete("/delete_user")
                .then()
                .statusCode(204);

        problem(
                Service.USER
                        .request()
                        .body(Map.of("user_email", bob.email(), "user_password", bob.password()))
                        .post("/login")
                        .then(),
                401);
        // the deletion revoked the token too (security.TokenRevocationIT: on every service)
        problem(Service.USER.request(bob.token()).get("/me").then(), 401);
    }

    @Test
    void deletingAnUnknownUserIs404() {
        problem(
                Service.USER
                        .request(Accounts.adminToken())
                        .queryParam("user_id_to_delete", Long.MAX_VALUE)
                        .delete("/delete_user")
                        .then(),
                404);
    }

    @Test
    void anAdminCannotDeleteThemself() {
        long adminId = Long.parseLong(Tokens.claims(Accounts.adminToken()).getString("sub"));

        problem(
                        Service.USER
                                .request(Accounts.adminToken())
                                .queryParam("user_id_to_delete", adminId)
                                .delete("/delete_user")
                                .then(),
                        409)
                .body("errors.field", hasItem("user_id_to_delete"));
    }

    @Test
    void aUserTokenIsForbiddenOnEveryAdminEndpoint() {
        Accounts.Account bob = Accounts.newUser();
        Accounts.Account victim = Accounts.newUser();

        problem(Service.USER.request(bob.token()).get("/get-all-users").then(), 403);
        problem(
                Service.USER
                        .request(bob.token())
                        .body(newAdmin(Accounts.uniqueEmail("sneaky")))
                        .post("/add_admin")
                        .then(),
                403);
        problem(
                Service.USER
                        .request(bob.token())
                        .queryParam("user_id_to_delete", victim.userId())
                        .delete("/delete_user")
                        .then(),
                403);
        Service.USER.request(victim.token()).get("/me").then().statusCode(200);
    }

    @Test
    void withoutATokenEveryAccountEndpointIs401() {
        problem(Service.USER.request().get("/me").then(), 401);
        problem(
                Service.USER
                        .request()
                        .body(Map.of("user_name", "X"))
                        .put("/update_user")
                        .then(),
                401);
        problem(Service.USER.request().get("/get-all-users").then(), 401);
        problem(
                Service.USER
                        .request()
                        .body(newAdmin(Accounts.uniqueEmail("anon")))
                        .post("/add_admin")
                        .then(),
                401);
        problem(
                Service.USER
                        .request()
                        .queryParam("user_id_to_delete", 1)
                        .delete("/delete_user")
                        .then(),
                401);
    }

    @Test
    void theJwkSetHasOneRs256PublicKeyAndNoPrivateParts() {
        var jwks = Service.USER
                .request()
                .get("/jwks")
                .then()
                .statusCode(200)
                .body("keys", hasSize(1))
                .body("keys[0].kty", equalTo("RSA"))
                .body("keys[0].alg", equalTo("RS256"))
                .body("keys[0].use", equalTo("sig"))
                .body("keys[0]", hasKey("n"))
                .body("keys[0]", hasKey("e"))
                .body("keys[0]", not(hasKey("d")))
                .body("keys[0]", not(hasKey("p")))
                .body("keys[0]", not(hasKey("q")))
                .extract()
                .jsonPath();

        assertEquals(
                jwks.getString("keys[0].kid"),
                Tokens.header(Accounts.adminToken()).getString("kid"));
    }
}
