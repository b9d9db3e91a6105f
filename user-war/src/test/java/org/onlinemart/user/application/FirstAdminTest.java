package org.onlinemart.user.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;
import org.onlinemart.commons.persistence.SchemaReady;
import org.onlinemart.user.domain.PasswordHasher;
import org.onlinemart.user.domain.Role;
import org.onlinemart.user.domain.User;
import org.onlinemart.user.domain.UserRepository;

class FirstAdminTest {

    private static final String EMAIL = "Boss@Shop.example";

    private final InMemoryUsers users = new InMemoryUsers();
    // the first admin is only ever registered: no token is revoked
    private final UserService service = new UserService(users, null);
    private final List<String> logged = new ArrayList<>();
    private final Logger log = Logger.getLogger(FirstAdmin.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureLog() {
        log.addHandler(capture);
        log.setUseParentHandlers(false);
    }

    @AfterEach
    void releaseLog() {
        log.removeHandler(capture);
        log.setUseParentHandlers(true);
    }

    @Test
    void withAdminPasswordTheAdminSignsInWithItAndNothingSecretIsLogged() {
        new FirstAdmin(service, EMAIL, Optional.of("chosen-password")).onSchemaReady(new SchemaReady());

        User admin = users.findByEmail("boss@shop.example").orElseThrow();
        assertEquals(Role.ADMIN, admin.role());
        assertTrue(admin.hasPassword("chosen-password", new PasswordHasher()));
        assertTrue(logged.stream().noneMatch(line -> line.contains("chosen-password")), logged.toString());
    }

    @Test
    void withoutAdminPasswordAGeneratedOneIsLoggedOnceAndSignsIn() {
        new FirstAdmin(service, EMAIL, Optional.empty()).onSchemaReady(new SchemaReady());

        List<String> withPassword = logged.stream()
                .filter(line -> line.contains("generated password"))
                .toList();
        assertEquals(1, withPassword.size(), logged.toString());
        Matcher generated = Pattern.compile("generated password (\\S{20}) ").matcher(withPassword.get(0));
        assertTrue(generated.find(), withPassword.get(0));
        assertTrue(withPassword.get(0).contains("only password this service ever logs"));
        User admin = users.findByEmail("boss@shop.example").orElseThrow();
        assertTrue(admin.hasPassword(generated.group(1), new PasswordHasher()));
    }

    @Test
    void anAdminPasswordOutsideThePasswordRuleFailsTheStartAndIsNotLogged() {
        for (String weak : List.of("short", "x".repeat(129))) {
            FirstAdmin admin = new FirstAdmin(service, EMAIL, Optional.of(weak));
            IllegalStateException refused =
                    assertThrows(IllegalStateException.class, () -> admin.refuseWeakPassword(new Object()));
            assertTrue(
                    refused.getMessage().contains("ADMIN_PASSWORD must be 8 to 128 characters"), refused.getMessage());
            assertFalse(refused.getMessage().contains(weak), "the password itself is not in the message");
        }
        new FirstAdmin(service, EMAIL, Optional.of("long-enough")).refuseWeakPassword(new Object());
        new FirstAdmin(service, EMAIL, Optional.empty()).refuseWeakPassword(new Object());
    }

    @Test
    void anExistingAdminIsLeftAsItIs() {
        new FirstAdmin(service, EMAIL, Optional.of("first-password")).onSchemaReady(new SchemaReady());

        new FirstAdmin(service, EMAIL, Optional.of("second-password")).onSchemaReady(new SchemaReady());
        new FirstAdmin(service, EMAIL, Optional.empty()).onSchemaReady(new SchemaReady());

        assertEquals(1, users.all.size());
        User admin = users.findByEmail("boss@shop.example").orElseThrow();
        assertTrue(admin.hasPassword("first-password", new PasswordHasher()));
        assertFalse(admin.hasPassword("second-password", new PasswordHasher()));
        assertTrue(logged.stream().noneMatch(line -> line.contains("generated password")));
    }

    /** Keeps users in a list; e-mails unique, as the database's unique index keeps them. */
    private static final class InMemoryUsers implements UserRepository {

        private final List<User> all = new ArrayList<>();

        @Override
        public boolean add(User user) {
            if (findByEmail(user.email()).isPresent()) {
                return false;
            }
            return all.add(user);
        }

        @Override
        public Optional<User> findById(long id) {
            throw new UnsupportedOperationException("users made here have no id");
        }

        @Override
        public Optional<User> findByEmail(String canonicalEmail) {
            return all.stream()
                    .filter(user -> user.email().equals(canonicalEmail))
                    .findFirst();
        }

        @Override
        public Page<User> page(PageRequest page) {
            return Page.of(
                    page, all.stream().skip(page.offset()).limit(page.size()).toList(), all.size());
        }

        @Override
        public void remove(User user) {
            all.remove(user);
        }
    }
}
