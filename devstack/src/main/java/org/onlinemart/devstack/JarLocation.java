package org.onlinemart.devstack;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where devstack's own code was loaded from: devstack.jar (with lib/ and greenmail/ beside it) or a classes folder. */
final class JarLocation {

    private JarLocation() {}

    /** The jar or classes folder holding this class. */
    static Path codeSource() {
        try {
            return Path.of(DevStack.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new StackException("cannot locate devstack's own code", e);
        }
    }

    static boolean runsFromJar() {
        return Files.isRegularFile(codeSource());
    }

    /** The folder holding devstack.jar (target/), or the classes folder's parent when run from an IDE. */
    static Optional<Path> directory() {
        return Optional.ofNullable(codeSource().getParent());
    }
}
