package org.onlinemart.user.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** PKCS12 keystores made as an operator would make them: with the JDK's keytool. */
public final class TestKeystores {

    private TestKeystores() {}

    /** A keystore in folder holding one fresh RSA key under each alias, all with the same password. */
    public static Path withKeys(Path folder, String password, String... aliases)
            throws IOException, InterruptedException {
        Path keystore = folder.resolve("jwt.p12");
        String keytool =
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        for (String alias : aliases) {
            Process process = new ProcessBuilder(List.of(
                            keytool,
                            "-genkeypair",
                            "-alias",
                            alias,
                            "-keyalg",
                            "RSA",
                            "-keysize",
                            "2048",
                            "-validity",
                            "1",
                            "-dname",
                            "CN=online-mart",
                            "-storetype",
                            "PKCS12",
                            "-keystore",
                            keystore.toString(),
                            "-storepass",
                            password))
                    .redirectErrorStream(true)
                    .start();
            process.getInputStream().transferTo(OutputStream.nullOutputStream());
            process.waitFor(60, TimeUnit.SECONDS);
            assertEquals(0, process.exitValue(), "keytool -genkeypair " + alias);
        }
        return keystore;
    }
}
