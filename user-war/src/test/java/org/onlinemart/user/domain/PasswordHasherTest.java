package org.onlinemart.user.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void aHashVerifiesThePasswordItWasMadeFrom() {
        String stored = hasher.hash("correct horse battery");

        assertTrue(hasher.verifies("correct horse battery", stored));
    }

    @Test
    void aWrongPasswordDoesNotVerify() {
        String stored = hasher.hash("correct horse battery");

        assertFalse(hasher.verifies("correct horse batterY", stored));
        assertFalse(hasher.verifies("", stored));
    }

    @Test
    void twoHashesOfOnePasswordDifferByTheirSalt() {
        assertNotEquals(hasher.hash("same password"), hasher.hash("same password"));
    }

    @Test
    void theStoredFormNamesSchemeAndIterationsAndShowsNoPassword() {
        String stored = hasher.hash("plain-text-secret");

        assertTrue(stored.startsWith("pbkdf2-sha256$210000$"), stored);
        assertFalse(stored.contains("plain-text-secret"));
        String inBase64 = Base64.getEncoder().withoutPadding().encodeToString("plain-text-secret".getBytes());
        assertFalse(stored.contains(inBase64));
    }

    @Test
    void aHashMadeWithOtherIterationsStillVerifies() {
        String older = new PasswordHasher(1000).hash("an older password");

        assertTrue(older.startsWith("pbkdf2-sha256$1000$"));
        assertTrue(hasher.verifies("an older password", older));
    }

    @Test
    void aMalformedStoredHashVerifiesNothing() {
        assertFalse(hasher.verifies("anything", "plain"));
        assertFalse(hasher.verifies("anything", "md5$1$abc$def"));
        assertFalse(hasher.verifies("anything", "pbkdf2-sha256$x$abc$def"));
        assertFalse(hasher.verifies("anything", "pbkdf2-sha256$1000$not base64!$def"));
    }
}
