package it.onlinemart.user;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import it.onlinemart.Service;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** A user's own account: sign up, sign in (JSON and form), see and change it; refusals and the throttle. */
@MicroShedTest
class UserAccountIT {

    private static final String PASSWORD = "correct-horse-1";

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body(not(containsString("Exception")));
    }

    private static ValidatableResponse register(Map<String, Object> body) {
        return Service.USER.request().body(body).post("/add_user").then();
    }

    private static ValidatableResponse loginWithJson(String email, String password) {
        return Service.USER
                .request()
                .body(Map.of("user_email", email, "user_password", password))
                .post("/login")
                .then();
    }

    private static ValidatableResponse loginWithForm(String email, String password) {
        return Service.USER
                .request()
                .contentType(ContentType.URLENC)
                .formParam("username", email)
                .formParam("password", password)
                .post("/login")
                .then();
    }

    @Test
    void registeringAnswersTheAccountWithRoleUserAndNoPassword() {
        String email = Accounts.uniqueEmail("ann");

        register(Map.of(
                        "user_name",
                        "Ann Smith",
                        "user_email",
                        email,
                        "user_password",
                        PASSWORD,
                        "phone_num",
                        "+44 (20) 7946-0018"))
                .statusCode(201)
                .body("user_id", notNullValue())
                .body("user_name", equalTo("Ann Smith"))
                .body("user_email", equalTo(email))
                .body("phone_num", equalTo("+44 (20) 7946-0018"))
                .body("role", equalTo("user"))
                .body(not(containsString(PASSWORD)))
                .body(not(containsString("pbkdf2")));
    }

    @Test
    void aNewUserSignsInWithJsonAndGetsABearerToken() {
        Accounts.Account ann = Accounts.register("Ann", Accounts.uniqueEmail("json"), PASSWORD);

        loginWithJson(ann.email(), PASSWORD)
                .statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body("access_token", notNullValue())
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(3600));
    }

    @Test
    void aNewUserSignsInWithAnOAuth2PasswordForm() {
        Accounts.Account ann = Accounts.register("Ann", Accounts.uniqueEmail("form"), PASSWORD);

        String token = loginWithForm(ann.email(), PASSWORD)
                .statusCode(200)
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", greaterThan(0))
                .extract()
                .jsonPath()
                .getString("access_token");

        Service.USER.request(token).get("/me").then().statusCode(200).body("user_email", equalTo(ann.email()));
    }

    @Test
    void theTokenNamesTheUserTheirRoleAndExpiresInAnHour() {
        Accounts.Account ann = Accounts.register("Ann Token", Accounts.uniqueEmail("claims"), PASSWORD);

        JsonPath claims = Tokens.claims(ann.token());
        assertEquals("online-mart", claims.getString("iss"));
        assertEquals(String.valueOf(ann.userId()), claims.getString("sub"));
        assertEquals(ann.email(), claims.getString("upn"));
        assertEquals(List.of("user"), claims.getList("groups"));
        assertEquals("Ann Token", claims.getString("name"));
        assertEquals(claims.getLong("iat") + 3600, claims.getLong("exp"));
        assertEquals(36, claims.getString("jti").length());
        assertEquals("RS256", Tokens.header(ann.token()).getString("alg"));
    }

    @Test
    void meShowsTheAccountOfTheToken() {
        Accounts.Account ann = Accounts.register("Ann Me", Accounts.uniqueEmail("me"), PASSWORD);

        Service.USER
                .request(ann.token())
                .get("/me")
                .then()
                .statusCode(200)
                .body("user_id", equalTo((int) ann.userId()))
                .body("user_name", equalTo("Ann Me"))
                .body("user_email", equalTo(ann.email()))
                .body("phone_num", nullValue())
                .body("role", equalTo("user"));
    }

    @Test
    void updatingChangesTheNameAndTheNewPasswordSignsIn() {
        Accounts.Account ann = Accounts.register("Ann", Accounts.uniqueEmail("update"), PASSWORD);

        Service.USER
                .request(ann.token())
                .body(Map.of("user_name", "Ann Renamed", "user_password", "a-new-password-2"))
                .put("/update_user")
                .then()
                .statusCode(200)
                .body("user_name", equalTo("Ann Renamed"))
                .body("user_email", equalTo(ann.email()));

        String fresh = loginWithJson(ann.email(), "a-new-password-2")
                .statusCode(200)
                .extract()
                .path("access_token");
        problem(loginWithJson(ann.email(), PASSWORD), 401);
        Service.USER.request(fresh).get("/me").then().body("user_name", equalTo("Ann Renamed"));
    }

    @Test
    void aTakenEmailIs409WhateverItsLetterCase() {
        String email = Accounts.uniqueEmail("taken");
        register(Map.of("user_name", "First", "user_email", email, "user_password", PASSWORD))
                .statusCode(201);

        problem(register(Map.of("user_name", "Second", "user_email", email, "user_password", PASSWORD)), 409)
                .body("errors.field", hasItem("user_email"));
        problem(
                        register(Map.of(
                                "user_name", "Third", "user_email", email.toUpperCase(), "user_password", PASSWORD)),
                        409)
                .body("errors.field", hasItem("user_email"));
    }

    @Test
    void theEmailSignsInWhateverItsLetterCase() {
        Accounts.Account ann = Accounts.register("Ann", Accounts.uniqueEmail("Case"), PASSWORD);

        loginWithJson(ann.email().toUpperCase(), PASSWORD).statusCode(200);
    }

    @Test
    void aWrongPasswordIs401AndAnUnknownEmailIsTheSameAnswer() {
        Accounts.Account ann = Accounts.register("Ann", Accounts.uniqueEmail("wrong"), PASSWORD);

        String wrongPassword = problem(loginWithJson(ann.email(), "not-the-password"), 401)
                .extract()
                .jsonPath()
                .getString("detail");
        String unknownEmail = problem(loginWithJson(Accounts.uniqueEmail("nobody"), PASSWORD), 401)
                .extract()
                .jsonPath()
                .getString("detail");

        assertEquals(wrongPassword, unknownEmail);
    }

    @Test
    void theSixthWrongPasswordInARowIs429WithRetryAfter() {
        Accounts.Account ann = Accounts.register("Ann", Accounts.uniqueEmail("throttle"), PASSWORD);
        for (int attempt = 1; attempt <= 5; attempt++) {
            problem(loginWithJson(ann.email(), "guess-" + attempt), 401);
        }

        problem(loginWithJson(ann.email(), "guess-6"), 429)
                .header("Retry-After", notNullValue())
                .header("Retry-After", Integer::parseInt, greaterThan(0))
                .header("Retry-After", Integer::parseInt, lessThanOrEqualTo(900));
    }

    @Test
    void whileThrottledEvenTheRightPasswordIs429() {
        Accounts.Account ann = Accounts.register("Ann", Accounts.uniqueEmail("locked"), PASSWORD);
        for (int attempt = 1; attempt <= 5; attempt++) {
            loginWithJson(ann.email(), "guess-" + attempt).statusCode(401);
        }

        problem(loginWithJson(ann.email(), PASSWORD), 429).header("Retry-After", notNullValue());
        problem(loginWithForm(ann.email(), PASSWORD), 429).header("Retry-After", notNullValue());
    }

    @Test
    void aMalformedEmailIs400NamingIt() {
        problem(register(Map.of("user_name", "Ann", "user_email", "not-an-email", "user_password", PASSWORD)), 400)
                .body("errors.field", hasItem("user_email"));
    }

    @Test
    void aPasswordUnder8CharactersIs400NamingIt() {
        problem(
                        register(Map.of(
                                "user_name",
                                "Ann",
                                "user_email",
                                Accounts.uniqueEmail("short"),
                                "user_password",
                                "short")),
                        400)
                .body("errors.field", hasItem("user_password"));
    }

    @Test
    void aPhoneNumberWithLettersIs400NamingIt() {
        problem(
                        register(Map.of(
                                "user_name",
                                "Ann",
                                "user_email",
                                Accounts.uniqueEmail("phone"),
                                "user_password",
                                PASSWORD,
                                "phone_num",
                                "call me maybe")),
                        400)
                .body("errors.field", hasItem("phone_num"));
    }

    @Test
    void aFormLoginWithoutPasswordIs400NamingIt() {
        problem(
                        Service.USER
                                .request()
                                .contentType(ContentType.URLENC)
                                .formParam("username", "a@example.org")
                                .post("/login")
                                .then(),
                        400)
                .body("errors.field", hasItem("password"));
    }
}
