package org.onlinemart.user.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onlinemart.user.interfaces.rest.JwksResource;

class SigningKeysTest {

    private static final String PASSWORD = "keystore-secret";

    @Test
    void jwksPublishesTheCurrentAndThePreviousKeyAndTokensCarryTheCurrentKid(@TempDir Path folder) throws Exception {
        Path keystore = TestKeystores.withKeys(folder, PASSWORD, "jwt-1", "jwt-2");
        SigningKeys keys = keys(Optional.of(keystore.toString()), Optional.of(PASSWORD), "jwt-2", "jwt-1");
        keys.loadAtStart(new Object());

        List<Map<String, Object>> published = new JwksResource(keys).jwks().get("keys");
        String token = new JwtIssuer(keys, "online-mart", 60)
                .issue(1, "a@example.org", "A", "user")
                .token();

        assertEquals(2, published.size());
        assertEquals(keys.current().kid(), published.get(0).get("kid"));
        assertNotEquals(published.get(0).get("kid"), published.get(1).get("kid"));
        String kid = JsonWebSignature.fromCompactSerialization(token).getKeyIdHeaderValue();
        assertEquals(keys.current().kid(), kid);
    }

    @Test
    void withoutAPreviousAliasJwksHasOneKey(@TempDir Path folder) throws Exception {
        Path keystore = TestKeystores.withKeys(folder, PASSWORD, "jwt-1");
        SigningKeys keys = keys(Optional.of(keystore.toString()), Optional.of(PASSWORD), "jwt-1", null);

        assertEquals(List.of(keys.current()), keys.published());
    }

    @Test
    void withoutAKeystoreTheServiceRefusesToStartAndSaysHowToMakeOne() {
        SigningKeys keys = keys(Optional.empty(), Optional.empty(), null, null);

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> keys.loadAtStart(new Object()));
        assertTrue(refused.getMessage().contains("JWT_KEYSTORE_PATH (jwt.keystore.path) is not set"));
        assertTrue(refused.getMessage().contains("keytool -genkeypair -alias jwt-1 -keyalg RSA -keysize 2048"));
        assertTrue(refused.getMessage().contains("JWT_KEYSTORE_PASSWORD=<password> and JWT_KEY_ALIAS=jwt-1"));
    }

    @Test
    void aWrongPasswordFailsTheStartWithoutShowingThePassword(@TempDir Path folder) throws Exception {
        Path keystore = TestKeystores.withKeys(folder, PASSWORD, "jwt-1");
        String wrong = "not-the-password";
        SigningKeys keys = keys(Optional.of(keystore.toString()), Optional.of(wrong), "jwt-1", null);

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> keys.loadAtStart(new Object()));
        assertTrue(refused.getMessage().startsWith("Cannot read the signing key from the keystore " + keystore));
        assertTrue(refused.getMessage().contains("JWT_KEYSTORE_PASSWORD"), refused.getMessage());
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            assertFalse(String.valueOf(cause.getMessage()).contains(wrong), "the password is in " + cause);
            assertFalse(String.valueOf(cause.getMessage()).contains(PASSWORD), "the password is in " + cause);
        }
    }

    @Test
    void aMissingAliasIsNamed(@TempDir Path folder) throws Exception {
        Path keystore = TestKeystores.withKeys(folder, PASSWORD, "jwt-1");
        SigningKeys keys = keys(Optional.of(keystore.toString()), Optional.of(PASSWORD), "jwt-1", "jwt-0");

        IllegalStateException refused = assertThrows(IllegalStateException.class, keys::current);
        assertTrue(refused.getMessage().endsWith("no RSA private key under the alias jwt-0"), refused.getMessage());
    }

    private static SigningKeys keys(
            Optional<String> path, Optional<String> password, String alias, String previousAlias) {
        return new SigningKeys(path, password, Optional.ofNullable(alias), Optional.ofNullable(previousAlias));
    }
}
