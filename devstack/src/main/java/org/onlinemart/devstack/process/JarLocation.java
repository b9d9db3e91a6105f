package org.onlinemart.devstack.process;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.onlinemart.devstack.DevStack;
import org.onlinemart.devstack.StackException;

/** Where devstack's own code was loaded from: devstack.jar (with lib/ and greenmail/ beside it) or a classes folder. */
public final class JarLocation {

    private JarLocation() {}

    /** The jar or classes folder holding this class. */
    public static Path codeSource() {
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

    public static boolean runsFromJar() {
        return Files.isRegularFile(codeSource());
    }

    /** The folder holding devstack.jar (target/), or the classes folder's parent when run from an IDE. */
    public static Optional<Path> directory() {
        return Optional.ofNullable(codeSource().getParent());
    }
}
