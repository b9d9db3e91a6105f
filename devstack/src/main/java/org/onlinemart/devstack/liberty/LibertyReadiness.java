package org.onlinemart.devstack.liberty;

import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.onlinemart.devstack.Elapsed;
import org.onlinemart.devstack.StackException;
import org.onlinemart.devstack.control.HttpProbe;
import org.onlinemart.devstack.process.ChildProcess;
import org.onlinemart.devstack.process.LogWatch;

/**
 * Is a starting Liberty server ready: /health/ready answers 200, from our server. Fails at once when the
 * console log shows the server can never become ready, instead of waiting for the start timeout.
 */
final class LibertyReadiness {

    /** An application that failed to start (CWWKZ0002E/4E), the server already running from this installation
     *  (CWWKE0029E), its HTTP port taken (CWWKO0221E), a server.xml that does not parse (CWWKG0014E). */
    static final Pattern FATAL = Pattern.compile("\\b(CWWKZ0002E|CWWKZ0004E|CWWKE0029E|CWWKO0221E|CWWKG0014E)\\b");
    /** "The server is ready to run a smarter planet": the 200 then comes from our server, not from another one
     *  that grabbed the port. Without it (a quieter console log level) a 200 counts after 15 s alive. */
    static final Pattern STARTED = Pattern.compile("\\bCWWKF0011I\\b");

    private static final double TRUST_PORT_AFTER_SECONDS = 15;

    private final String name;
    private final URI healthReady;
    private final LogWatch fatal;
    private final LogWatch startedMessage;
    private final Elapsed elapsed = Elapsed.start();
    private boolean ours;

    /** Create before the process starts, so that no line of its log is missed. */
    LibertyReadiness(String name, Path log, URI healthReady) {
        this.name = name;
        this.healthReady = healthReady;
        this.fatal = new LogWatch(log, FATAL);
        this.startedMessage = new LogWatch(log, STARTED);
    }

    boolean ready(ChildProcess process) {
        if (!process.isAlive()) {
            throw new StackException(
                    name + " exited during start (exit " + process.process().exitValue() + ")");
        }
        fatal.nextMatch().ifPresent(line -> {
            throw new StackException(name + " cannot become ready: " + line.trim());
        });
        ours = ours || startedMessage.nextMatch().isPresent() || elapsed.seconds() > TRUST_PORT_AFTER_SECONDS;
        return ours && HttpProbe.status(healthReady) == 200 && process.isAlive();
    }
}
