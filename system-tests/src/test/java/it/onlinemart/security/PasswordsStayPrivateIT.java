package it.onlinemart.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.onlinemart.Catalog;
import it.onlinemart.Service;
import it.onlinemart.Traces;
import it.onlinemart.user.Accounts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** A user's password appears in no response, no server log line and no Kafka event. */
@MicroShedTest
class PasswordsStayPrivateIT {

    private static final String PASSWORD = "Secret-" + UUID.randomUUID();
    private static final String NEW_PASSWORD = "Secret-" + UUID.randomUUID();
    private static final List<String> RESPONSES = new ArrayList<>();

    @BeforeAll
    static void aUserSignsUpSignsInAndChangesPassword() {
        String email = Accounts.uniqueEmail("private");
        RESPONSES.add(Service.USER
                .request()
                .body(Map.of("user_name", "Private", "user_email", email, "user_password", PASSWORD))
                .post("/add_user")
                .asString());
        RESPONSES.add(Service.USER
                .request()
                .body(Map.of("user_email", email, "user_password", "wrong-" + PASSWORD))
                .post("/login")
                .asString());
        String token = Accounts.tokenFor(email, PASSWORD);
        RESPONSES.add(Service.USER.request(token).get("/me").asString());
        RESPONSES.add(Service.USER
                .request(token)
                .body(Map.of("user_password", NEW_PASSWORD))
                .put("/update_user")
                .asString());
        // the change revoked the first token; the refusal of a short password needs a valid one
        RESPONSES.add(Service.USER
                .request(Accounts.tokenFor(email, NEW_PASSWORD))
                .body(Map.of("user_password", "short"))
                .put("/update_user")
                .asString());
        // at least one event on Kafka, so that reading the topics below reads something
        Catalog.createProduct(Catalog.createCategory(), Catalog.uniqueName("Event source"));
    }

    @Test
    void noResponseContainsIt() {
        assertEquals(5, RESPONSES.size());
        RESPONSES.forEach(body -> {
            org.hamcrest.MatcherAssert.assertThat(body, not(containsString(PASSWORD)));
            org.hamcrest.MatcherAssert.assertThat(body, not(containsString(NEW_PASSWORD)));
        });
    }

    @Test
    void noTableOfAnyServiceContainsIt() throws Exception {
        assertEquals(List.of(), Traces.tablesContaining(PASSWORD));
        assertEquals(List.of(), Traces.tablesContaining(NEW_PASSWORD));
    }

    @Test
    void noServerLogContainsIt() throws IOException {
        assertEquals(List.of(), Traces.logsContaining(PASSWORD));
        assertEquals(List.of(), Traces.logsContaining(NEW_PASSWORD));
    }

    @Test
    void noKafkaEventContainsIt() {
        assertEquals(
                List.of(),
                Traces.topicsWithEventsWhere(event -> event.contains(PASSWORD) || event.contains(NEW_PASSWORD)));
    }
}
