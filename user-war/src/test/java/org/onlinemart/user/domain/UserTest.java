package org.onlinemart.user.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
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

        user.changePassword(hasher.hash("new password"), Instant.now());

        assertTrue(user.hasPassword("new password", hasher));
        assertFalse(user.hasPassword("old password", hasher));
    }

    @Test
    void aChangedPasswordRevokesEveryTokenIssuedUntilTheNextWholeSecond() {
        User user = new User("Ann", "ann@example.org", null, hasher.hash("old password"), Role.USER);
        Instant changedAt = Instant.parse("2026-12-01T10:00:00.400Z");

        assertEquals(
                Instant.parse("2026-12-01T10:00:01Z"), user.changePassword(hasher.hash("new password"), changedAt));

        // a token issued in the same second as the change would carry iat 10:00:00, below the limit
        assertEquals(Instant.parse("2026-12-01T10:00:01Z"), user.earliestTokenIssue(changedAt.plusMillis(300)));
        assertEquals(changedAt.plusSeconds(5), user.earliestTokenIssue(changedAt.plusSeconds(5)));
    }

    @Test
    void revokingOnAWholeSecondStillMovesToTheNext() {
        User user = new User("Ann", "ann@example.org", null, hasher.hash("a password"), Role.USER);

        assertEquals(Instant.parse("2026-12-01T10:00:01Z"), user.revokeTokens(Instant.parse("2026-12-01T10:00:00Z")));
    }

    @Test
    void anAccountNeverRevokedIssuesFromNow() {
        User user = new User("Ann", "ann@example.org", null, hasher.hash("a password"), Role.USER);
        Instant now = Instant.parse("2026-12-01T10:00:00.400Z");

        assertEquals(now, user.earliestTokenIssue(now));
    }
}
