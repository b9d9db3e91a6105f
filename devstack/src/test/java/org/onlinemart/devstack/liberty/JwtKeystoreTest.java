package org.onlinemart.devstack.liberty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtKeystoreTest {

    @TempDir
    Path state;

    @Test
    void theFirstStartMakesAnOwnerOnlyKeystoreWithTheSigningKey() throws Exception {
        JwtKeystore keystore = new JwtKeystore(state.resolve("jwt"));

        String password = keystore.ensure();

        assertEquals("rwx------", permissions(keystore.folder()));
        assertEquals("rw-------", permissions(keystore.file()));
        assertEquals("rw-------", permissions(keystore.passwordFile()));
        assertEquals(password, Files.readString(keystore.passwordFile()));
        assertTrue(password.length() >= 32, "a random password");
        try (InputStream in = Files.newInputStream(keystore.file())) {
            KeyStore read = KeyStore.getInstance("PKCS12");
            read.load(in, password.toCharArray());
            assertTrue(read.isKeyEntry(JwtKeystore.ALIAS));
            assertEquals(
                    "RSA",
                    read.getKey(JwtKeystore.ALIAS, password.toCharArray()).getAlgorithm());
        }
        try (var files = Files.list(keystore.folder())) {
            assertEquals(2, files.count(), "nothing but the keystore and its password is left behind");
        }
    }

    @Test
    void laterStartsReuseTheKeystore() throws Exception {
        JwtKeystore keystore = new JwtKeystore(state.resolve("jwt"));
        String password = keystore.ensure();
        byte[] made = Files.readAllBytes(keystore.file());

        assertEquals(password, new JwtKeystore(state.resolve("jwt")).ensure());
        assertArrayEquals(made, Files.readAllBytes(keystore.file()));
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
