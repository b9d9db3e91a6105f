package org.onlinemart.devstack.control;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.onlinemart.devstack.StackPorts;

/** Talks to a running stack's control API on loopback (used by start, stop and status). */
public final class ControlClient {

    private final int port;
    private final Path secretFile;

    public ControlClient(int port, Path secretFile) {
        this.port = port;
        this.secretFile = secretFile;
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://" + StackPorts.HOST + ":" + port + path);
    }

    /** The /status answer, if a stack answers at all. */
    public Optional<String> status() {
        try {
            var response =
                    HttpProbe.control("GET", uri("/status"), ControlSecret.read(secretFile), Duration.ofSeconds(5));
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether anything answers on the control port, also a stack whose secret this client lacks. */
    public boolean answers() {
        try {
            HttpProbe.control("GET", uri("/status"), Optional.empty(), Duration.ofSeconds(5));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public boolean post(String path, Duration timeout) {
        try {
            int code = HttpProbe.control("POST", uri(path), ControlSecret.read(secretFile), timeout)
                    .statusCode();
            return code >= 200 && code < 300;
        } catch (IOException e) {
            return false;
        }
    }
}
