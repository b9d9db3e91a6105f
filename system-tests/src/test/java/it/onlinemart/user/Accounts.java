package it.onlinemart.user;

import static org.hamcrest.Matchers.equalTo;

import it.onlinemart.Service;
import java.util.Map;
import java.util.UUID;

/** Accounts for tests, made and signed in through the user service's API. */
public final class Accounts {

    /** The development admin the devstack creates (README). */
    public static final String ADMIN_EMAIL = System.getProperty("mart.admin.email", "admin@onlinemart.local");

    public static final String ADMIN_PASSWORD = System.getProperty("mart.admin.password", "admin-dev-password");

    private static String adminToken;

    /** A registered user, with the password it was given and a fresh token. */
    public record Account(long userId, String name, String email, String password, String token) {}

    private Accounts() {}

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    public static Account newUser() {
        return register("Test User", uniqueEmail("user"), "Pw-" + UUID.randomUUID());
    }

    public static Account register(String name, String email, String password) {
        long userId = Service.USER
                .request()
                .body(Map.of("user_name", name, "user_email", email, "user_password", password))
                .post("/add_user")
                .then()
                .statusCode(equalTo(201))
                .extract()
                .jsonPath()
                .getLong("user_id");
        return new Account(userId, name, email, password, tokenFor(email, password));
    }

    /** A new admin, made by the development admin, so that a test can do as an admin without touching that one. */
    public static Account newAdmin(String prefix) {
        String email = uniqueEmail(prefix);
        String password = "Pw-" + UUID.randomUUID();
        long userId = Service.USER
                .request(adminToken())
                .body(Map.of("user_name", "Test Admin", "user_email", email, "user_password", password))
                .post("/add_admin")
                .then()
                .statusCode(equalTo(201))
                .extract()
                .jsonPath()
                .getLong("user_id");
        return new Account(userId, "Test Admin", email, password, tokenFor(email, password));
    }

    public static String tokenFor(String email, String password) {
        return Service.USER
                .request()
                .body(Map.of("user_email", email, "user_password", password))
                .post("/login")
                .then()
                .statusCode(equalTo(200))
                .extract()
                .jsonPath()
                .getString("access_token");
    }

    public static synchronized String adminToken() {
        if (adminToken == null) {
            adminToken = tokenFor(ADMIN_EMAIL, ADMIN_PASSWORD);
        }
        return adminToken;
    }
}
