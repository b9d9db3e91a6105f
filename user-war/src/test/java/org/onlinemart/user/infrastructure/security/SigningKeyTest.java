package org.onlinemart.user.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {

    @Test
    void aStoredKeyReadsBackWithTheSameId() {
        SigningKey key = SigningKey.generate();

        SigningKey read = SigningKey.decode(key.encodedPrivateKey(), key.encodedPublicKey());

        assertEquals(key.kid(), read.kid());
        assertEquals(key.publicKey(), read.publicKey());
        assertEquals(key.privateKey(), read.privateKey());
    }

    @Test
    void toStringShowsNoKeyMaterial() {
        SigningKey key = SigningKey.generate();

        assertEquals("SigningKey[kid=" + key.kid() + "]", key.toString());
        assertFalse(key.toString().contains(key.encodedPrivateKey()));
    }

    @Test
    void aPkcs12KeystoreGivesItsKey(@TempDir Path folder) throws Exception {
        Path keystore = folder.resolve("jwt.p12");
        String keytool =
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process process = new ProcessBuilder(
                        keytool,
                        "-genkeypair",
                        "-alias",
                        "jwt",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-dname",
                        "CN=online-mart",
                        "-validity",
                        "1",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keystore.toString(),
                        "-storepass",
                        "changeit",
                        "-keypass",
                        "changeit")
                .redirectErrorStream(true)
                .start();
        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        process.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue());

        SigningKey named = SigningKey.fromKeystore(keystore, "changeit".toCharArray(), "jwt");
        SigningKey only = SigningKey.fromKeystore(keystore, "changeit".toCharArray(), null);

        assertEquals(named.kid(), only.kid());
        assertEquals("RSA", named.privateKey().getAlgorithm());
    }
}
