package org.onlinemart.devstack.process;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.onlinemart.devstack.StackException;

/** How to launch another JVM with devstack's own classpath (the Kafka broker, the background `up`). */
public final class ChildJvm {

    private ChildJvm() {}

    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * devstack's classpath for a child JVM. Under {@code java -jar} java.class.path holds only devstack.jar,
     * so it is the lib/ folder beside it, as a wildcard (which also keeps `ps` readable).
     */
    public static String classpath() {
        if (JarLocation.runsFromJar()) {
            Path lib = JarLocation.codeSource().resolveSibling("lib");
            if (!Files.isDirectory(lib)) {
                throw new StackException(lib + " is missing: build with `./mvnw -pl devstack package`");
            }
            return lib.resolve("*").toString();
        }
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).getFileName().toString().startsWith("greenmail-standalone"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
