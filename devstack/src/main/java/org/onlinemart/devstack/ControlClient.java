package org.onlinemart.devstack;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Talks to a running stack's control API on loopback (used by start, stop and status). */
final class ControlClient {

    private final int port;

    ControlClient(int port) {
        this.port = port;
    }

    int port() {
        return port;
    }

    URI uri(String path) {
        return URI.create("http://" + StackPorts.HOST + ":" + port + path);
    }

    /** The /status answer, if a stack answers at all. */
    Optional<String> status() {
        try {
            var response = HttpProbe.get(uri("/status"), Duration.ofSeconds(5));
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    boolean answers() {
        return status().isPresent();
    }

    boolean post(String path, Duration timeout) {
        try {
            int code = HttpProbe.post(uri(path), timeout).statusCode();
            return code >= 200 && code < 300;
        } catch (IOException e) {
            return false;
        }
    }
}
