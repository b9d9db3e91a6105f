package org.onlinemart.devstack.smtp;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.onlinemart.devstack.StackException;
import org.onlinemart.devstack.process.JarLocation;

/**
 * A class loader for greenmail-standalone.jar alone (parent: the platform loader, so nothing of devstack's
 * classpath leaks in). It answers log4j's look-up of {@code log4j2.xml} with our own file, sending
 * GreenMail's log lines to logs/smtp.log instead of the terminal.
 */
final class GreenMailClassLoader extends URLClassLoader {

    private final URL logConfig;

    private GreenMailClassLoader(URL jar, URL logConfig) {
        super("greenmail", new URL[] {jar}, ClassLoader.getPlatformClassLoader());
        this.logConfig = logConfig;
    }

    static GreenMailClassLoader forGreenMail(Path logFile, Path workDir) throws IOException {
        Files.createDirectories(workDir);
        Path config = workDir.resolve("log4j2.xml");
        Files.writeString(config, """
                <Configuration status="warn">
                  <Appenders>
                    <File name="FILE" fileName="%s" append="true">
                      <PatternLayout pattern="%%d %%-5p %%c{1} | %%m%%n"/>
                    </File>
                  </Appenders>
                  <Loggers>
                    <Root level="info"><AppenderRef ref="FILE"/></Root>
                    <Logger name="org.glassfish.jersey" level="error"/>
                  </Loggers>
                </Configuration>
                """.formatted(logFile.toAbsolutePath()));
        return new GreenMailClassLoader(
                greenMailJar().toUri().toURL(), config.toUri().toURL());
    }

    @Override
    public URL findResource(String name) {
        return "log4j2.xml".equals(name) ? logConfig : super.findResource(name);
    }

    /** target/greenmail/greenmail-standalone.jar beside devstack.jar; in an IDE, from the (provided) classpath. */
    private static Path greenMailJar() {
        Path besideJar =
                JarLocation.directory().orElseThrow().resolve("greenmail").resolve("greenmail-standalone.jar");
        if (Files.isRegularFile(besideJar)) {
            return besideJar;
        }
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .filter(p -> p.getFileName().toString().startsWith("greenmail-standalone"))
                .findFirst()
                .orElseThrow(() -> new StackException("greenmail-standalone.jar not found at " + besideJar
                        + ": build with `./mvnw -pl devstack package`"));
    }
}
