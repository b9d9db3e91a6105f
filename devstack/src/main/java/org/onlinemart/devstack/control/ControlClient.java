package org.onlinemart.devstack.control;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.onlinemart.devstack.StackPorts;

/** Talks to a running stack's control API on loopback (used by start, stop and status). */
public final class ControlClient {

    private final int port;

    public ControlClient(int port) {
        this.port = port;
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
            var response = HttpProbe.get(uri("/status"), Duration.ofSeconds(5));
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public boolean answers() {
        return status().isPresent();
    }

    public boolean post(String path, Duration timeout) {
        try {
            int code = HttpProbe.post(uri(path), timeout).statusCode();
            return code >= 200 && code < 300;
        } catch (IOException e) {
            return false;
        }
    }
}
