package org.onlinemart.bench;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The devstack's control API (plain JSON on loopback): GET /status for the state of every part, and the switches the
 * fault suite pulls. Its calls go through the bench's {@link Api}, so a control API that does not answer is one more
 * answer without status.
 */
final class Control {

    /** The states of a part that is doing its job: a service "ready", a process "running", or not the devstack's. */
    static final Set<String> WORKING = Set.of("ready", "running", "external");

    private static final Duration STATUS_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final int EXTERNAL = 409;

    /** One call to a switch and its answer. */
    record Switch(String request, Api.Answer answer) {

        boolean done() {
            return answer.status() == 200;
        }

        /** 409: the part is not the devstack's (POSTGRES_URL, KAFKA_BOOTSTRAP_SERVERS, SMTP_HOST), so not switched. */
        boolean external() {
            return answer.status() == EXTERNAL;
        }

        /** The control API's reason for a 409, else the request and what it answered. */
        String why() {
            if (external()) {
                try {
                    return answer.json().getString("error");
                } catch (RuntimeException unreadable) {
                    // not the devstack's {"error": ...}: the whole answer says more
                }
            }
            return request + ": " + answer.described();
        }
    }

    /** The header every call to the control API carries, with the stack's secret. */
    static final String SECRET_HEADER = "X-Devstack-Secret";

    private final Api api;
    private final String base;
    private final String secret;
    private final Duration switchTimeout;
    private final Set<String> stopped = ConcurrentHashMap.newKeySet();

    /** switchTimeout bounds a start, which answers only once the part is up. */
    Control(Api api, String host, int port, String secret, Duration switchTimeout) {
        this.api = api;
        this.base = "http://" + host + ":" + port;
        this.secret = secret;
        this.switchTimeout = switchTimeout;
    }

    /** The running devstack's control secret, from the file its up wrote. */
    static String secret(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the devstack's control secret " + file.toAbsolutePath()
                    + " (run bench from the repository's root, or give --control-secret-file): " + e.getMessage());
        }
    }

    /** SIGKILL of the service's JVM; answers once it is dead. */
    Switch kill(Api.Service service) {
        return post("/services/" + service.label() + "/kill");
    }

    Switch stop(String part) {
        Switch stop = post("/" + part + "/stop");
        if (stop.done()) {
            stopped.add(part);
        }
        return stop;
    }

    /** Answers once the part is up. */
    Switch start(String part) {
        stopped.remove(part);
        return post("/" + part + "/start");
    }

    /** Starts again whatever this run stopped and did not start yet: a shutdown hook's job, for Ctrl-C in an outage. */
    void startStopped() {
        for (String part : List.copyOf(stopped)) {
            if (stopped.remove(part)) {
                post("/" + part + "/start");
            }
        }
    }

    /**
     * What keeps the stack from being whole: the parts /status shows in another state than {@link #WORKING}, and the
     * services whose /health/ready does not answer 200; empty when nothing does.
     */
    Optional<String> missing() {
        Api.Answer status =
                api.call("GET", URI.create(base + "/status"), Map.of(SECRET_HEADER, secret), STATUS_TIMEOUT);
        if (status.status() != 200) {
            return Optional.of("the devstack's control API, GET " + base + "/status: " + status.described());
        }
        JsonObject parts = parts(status);
        if (parts == null) {
            return Optional.of("GET " + base + "/status answered no parts: " + status.body());
        }
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonValue> part : parts.entrySet()) {
            String state = part.getValue() instanceof JsonString text
                    ? text.getString()
                    : part.getValue().toString();
            if (!WORKING.contains(state)) {
                missing.add(part.getKey() + " " + state);
            }
        }
        api.notReady().forEach(service -> missing.add(service + " not ready"));
        return missing.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", missing));
    }

    /** Polls {@link #missing()} every second until the stack is whole or the time is up; answers what still missed. */
    Optional<String> awaitWhole(Duration timeout) throws InterruptedException {
        return Poll.until(this::missing, Optional::isEmpty, timeout, POLL);
    }

    /** The "parts" object of a /status answer, or null when the answer has none. */
    private static JsonObject parts(Api.Answer status) {
        try {
            return status.json().getJsonObject("parts");
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private Switch post(String path) {
        return new Switch(
                "POST " + path,
                api.call("POST", URI.create(base + path), Map.of(SECRET_HEADER, secret), switchTimeout));
    }
}
