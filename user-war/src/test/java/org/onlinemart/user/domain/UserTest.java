package org.onlinemart.user.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UserTest {

    private final PasswordHasher hasher = new PasswordHasher(1000);

    @Test
    void theEmailIsStoredTrimmedAndLowerCased() {
        User user = new User(" Ann ", "  Ann.Smith@Example.ORG ", null, hasher.hash("password1"), Role.USER);

        assertEquals("ann.smith@example.org", user.email());
        assertEquals("Ann", user.name());
    }

    @Test
    void toStringShowsNoPasswordHash() {
        String hash = hasher.hash("password1");
        User user = new User("Ann", "ann@example.org", "+1 555 0100", hash, Role.ADMIN);

        assertFalse(user.toString().contains(hash));
        assertFalse(user.toString().contains("pbkdf2"));
    }

    @Test
    void aChangedPasswordReplacesTheOldOne() {
        User user = new User("Ann", "ann@example.org", null, hasher.hash("old password"), Role.USER);

        user.changePassword(hasher.hash("new password"));

        assertTrue(user.hasPassword("new password", hasher));
        assertFalse(user.hasPassword("old password", hasher));
    }
}
