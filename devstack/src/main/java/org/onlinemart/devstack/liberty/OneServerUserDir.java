package org.onlinemart.devstack.liberty;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.onlinemart.devstack.StackException;
import org.onlinemart.devstack.StackPaths;

/**
 * The one-server option's Liberty user folder ({@code WLP_USER_DIR}), .devstack/liberty/mart: a server folder
 * holding this module's {@code one-server/server.xml} and {@code jvm.options}, and from the build's user server
 * what all six servers share (mart-base.xml, bootstrap.properties, server.env, the JDBC driver in lib). The WARs stay
 * where the build put them: the server.xml names each in its own server's apps folder. Written afresh at each start.
 */
final class OneServerUserDir {

    /** Shared by the build's six servers; the user server's copy is taken. */
    private static final List<String> SHARED = List.of("mart-base.xml", "bootstrap.properties", "server.env");

    private static final List<String> OWN = List.of("server.xml", "jvm.options");

    private OneServerUserDir() {}

    static Path prepare(StackPaths paths) {
        Path userDir = paths.state().resolve("liberty").resolve(LibertyServer.ONE_SERVER);
        Path server = userDir.resolve("servers").resolve(LibertyServer.ONE_SERVER);
        Path built = paths.wlp().resolve("usr").resolve("servers").resolve("user");
        try {
            Files.createDirectories(server.resolve("lib"));
            for (String file : SHARED) {
                Files.copy(built.resolve(file), server.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            try (Stream<Path> jars = Files.list(built.resolve("lib"))) {
                for (Path jar : jars.toList()) {
                    Files.copy(
                            jar, server.resolve("lib").resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            for (String file : OWN) {
                try (InputStream own = OneServerUserDir.class.getResourceAsStream("/one-server/" + file)) {
                    if (own == null) {
                        throw new IOException("one-server/" + file + " is missing from the devstack's jar");
                    }
                    Files.copy(own, server.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new StackException("cannot prepare the one server's folder " + server + ": " + e.getMessage(), e);
        }
        return userDir;
    }
}
