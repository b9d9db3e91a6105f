package org.onlinemart.devstack.smtp;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onlinemart.devstack.Elapsed;
import org.onlinemart.devstack.Log;
import org.onlinemart.devstack.StackException;
import org.onlinemart.devstack.StackPart;
import org.onlinemart.devstack.StackPaths;
import org.onlinemart.devstack.StackPorts;
import org.onlinemart.devstack.control.HttpProbe;
import org.onlinemart.devstack.process.Await;

/**
 * GreenMail as the SMTP sink (127.0.0.1:3025, any login accepted) with its HTTP API on 8025 to read what the
 * services sent. It runs inside the devstack JVM, in its own class loader: greenmail-standalone is a fat
 * jar whose log4j and Jackson would clash with Kafka's on one classpath.
 */
public final class SmtpSink implements StackPart {

    public static final String PART = "smtp";
    private static final String RUNNER = "com.icegreen.greenmail.standalone.GreenMailStandaloneRunner";

    /** Jersey (inside GreenMail) warns through java.util.logging on our terminal; held strongly, JUL keeps
     *  loggers only weakly and would forget the level. */
    private static final Logger JERSEY = Logger.getLogger("org.glassfish.jersey");

    private final StackPaths paths;
    private volatile Object runner;
    private volatile GreenMailClassLoader loader;
    private volatile String state = "pending";

    public SmtpSink(StackPaths paths) {
        this.paths = paths;
    }

    public static URI apiUrl() {
        return URI.create("http://" + StackPorts.HOST + ":" + StackPorts.SMTP_API);
    }

    @Override
    public String name() {
        return PART;
    }

    @Override
    public void start() {
        if (runner != null) {
            return; // running already (a repeated start through the control API)
        }
        Elapsed elapsed = Elapsed.start();
        state = "starting";
        Properties properties = new Properties();
        properties.setProperty("greenmail.setup.test.smtp", ""); // the "test" setups: SMTP on 3025
        properties.setProperty("greenmail.hostname", StackPorts.HOST);
        properties.setProperty("greenmail.auth.disabled", ""); // accept whatever SMTP_USER the services send
        properties.setProperty("greenmail.api.hostname", StackPorts.HOST);
        properties.setProperty("greenmail.api.port", String.valueOf(StackPorts.SMTP_API));
        JERSEY.setLevel(Level.SEVERE);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            loader = GreenMailClassLoader.forGreenMail(
                    paths.log(PART), paths.state().resolve("smtp"));
            // threads GreenMail starts inherit this context loader, which mail and log4j look up providers with
            thread.setContextClassLoader(loader);
            Class<?> type = loader.loadClass(RUNNER);
            runner = type.getConstructor().newInstance();
            type.getMethod("doRun", Properties.class).invoke(runner, properties);
        } catch (InvocationTargetException e) {
            throw new StackException("cannot start GreenMail: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | IOException e) {
            throw new StackException("cannot start GreenMail: " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        Await.until(
                "smtp",
                Duration.ofSeconds(30),
                Duration.ofMillis(200),
                () -> HttpProbe.status(apiUrl().resolve("/api/service/readiness")) == 200
                        && StackPorts.accepts(StackPorts.SMTP));
        state = "running";
        Log.info("smtp: GreenMail on %s:%d, API %s, ready in %s", StackPorts.HOST, StackPorts.SMTP, apiUrl(), elapsed);
    }

    @Override
    public void stop() {
        Object running = runner;
        if (running != null) {
            try {
                var stop = running.getClass().getDeclaredMethod("stop"); // package-private in GreenMail
                stop.setAccessible(true);
                stop.invoke(running);
                loader.close();
            } catch (ReflectiveOperationException | IOException e) {
                Log.warn("smtp: stopping GreenMail failed: %s", e);
            }
            runner = null;
            Log.info("smtp: stopped");
        }
        state = "stopped";
    }

    @Override
    public Map<String, String> status() {
        return Map.of(PART, state);
    }
}
