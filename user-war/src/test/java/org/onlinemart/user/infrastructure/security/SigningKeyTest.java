package org.onlinemart.user.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @Test
    void aKeystoreGivesTheKeyOfTheAliasOrItsOnlyKey(@TempDir Path folder) throws Exception {
        KeyStore keystore = open(TestKeystores.withKeys(folder, "changeit", "jwt-1"));

        SigningKey named = SigningKey.fromKeystore(keystore, PASSWORD, "jwt-1");
        SigningKey only = SigningKey.fromKeystore(keystore, PASSWORD, null);

        assertEquals(named.kid(), only.kid());
        assertEquals("RSA", named.privateKey().getAlgorithm());
        assertEquals("SigningKey[kid=" + named.kid() + "]", named.toString(), "no key material");
    }

    @Test
    void withTwoKeysTheAliasMustBeNamed(@TempDir Path folder) throws Exception {
        KeyStore keystore = open(TestKeystores.withKeys(folder, "changeit", "jwt-1", "jwt-2"));

        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> SigningKey.fromKeystore(keystore, PASSWORD, null));
        assertEquals("The keystore holds 2 keys: name the signing key with JWT_KEY_ALIAS", refused.getMessage());
    }

    private static KeyStore open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore keystore = KeyStore.getInstance("PKCS12");
            keystore.load(in, PASSWORD);
            return keystore;
        }
    }
}
