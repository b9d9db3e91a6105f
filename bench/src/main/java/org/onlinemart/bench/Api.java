package org.onlinemart.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The stack's public HTTP API as one client sees it; every call answers, a network failure as status -1. */
final class Api {

    static final int NO_ANSWER = -1;
    private static final int NOT_FOUND = 404;

    // one reading of both clocks: System.nanoTime() times a request, the database stores wall-clock instants
    private static final long NANO_TIME_AT_ANCHOR = System.nanoTime();
    private static final Instant WALL_CLOCK_AT_ANCHOR = Instant.now();

    enum Service {
        USER(8081),
        INVENTORY(8002),
        PRODUCT(8003),
        ORDER(8004),
        NOTIFICATION(8005),
        PAYMENT(8006);

        final int port;

        Service(int port) {
            this.port = port;
        }

        /** The name DESIGN.md and the devstack give it: "order". */
        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One answer and how long it took, from just before sending to the whole body read. */
    record Answer(int status, String body, long startNanos, long nanos) {

        /** When the request was sent by the wall clock, to compare with times the stack stores. */
        Instant sentAt() {
            return WALL_CLOCK_AT_ANCHOR.plusNanos(startNanos - NANO_TIME_AT_ANCHOR);
        }

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        long id(String field) {
            return json().getJsonNumber(field).longValueExact();
        }

        /** The answer if it has the expected status, else a failure naming what was being done. */
        Answer expect(int expected, String doing) {
            if (status != expected) {
                throw new IllegalStateException(doing + ": expected HTTP " + expected + " but got " + described());
            }
            return this;
        }

        /** "409 {...}", or "no answer (java.net.ConnectException)". */
        String described() {
            return status == NO_ANSWER ? "no answer (" + body + ")" : status + " " + body;
        }
    }

    private final HttpClient client;
    private final String host;
    private final Duration timeout;

    Api(String host, Duration timeout) {
        this.host = host;
        this.timeout = timeout;
        // HTTP/1.1: the servers speak it, and the client would otherwise try an h2c upgrade on every connection
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    Answer post(Service service, String path, String token, JsonObject body) {
        return post(service, path, token, body, null);
    }

    Answer post(Service service, String path, String token, JsonObject body, String idempotencyKey) {
        HttpRequest.Builder request = request(service, path, token);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (body == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        return send(request.build());
    }

    Answer get(Service service, String path, String token) {
        return send(request(service, path, token).GET().build());
    }

    Answer delete(Service service, String path, String token) {
        return send(request(service, path, token).DELETE().build());
    }

    /** A request without a body to any address, such as the devstack's control API, with its own timeout. */
    Answer call(String method, URI uri, Map<String, String> headers, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return send(request.build());
    }

    /**
     * The services whose GET /health/ready does not answer 200, as "order (:8004 503)" or "order (:8004 no answer)".
     * A 404 from another port than the user service's counts as ready once the user service's port answers 200: there
     * the devstack's one-server option runs all six, and Liberty serves /health on the first port only, for all six.
     */
    List<String> notReady() {
        List<String> notReady = new ArrayList<>();
        boolean oneServerReady = false;
        for (Service service : Service.values()) {
            int status = get(service, "/health/ready", null).status();
            if (service == Service.USER) {
                oneServerReady = status == 200;
            }
            boolean coveredByOneServer = status == NOT_FOUND && oneServerReady;
            if (status != 200 && !coveredByOneServer) {
                notReady.add(service.label() + " (:" + service.port + " "
                        + (status == NO_ANSWER ? "no answer" : String.valueOf(status)) + ")");
            }
        }
        return notReady;
    }

    private HttpRequest.Builder request(Service service, String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + service.port + path))
                .timeout(timeout)
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private Answer send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), start, System.nanoTime() - start);
        } catch (IOException e) {
            return new Answer(NO_ANSWER, e.toString(), start, System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(NO_ANSWER, "interrupted", start, System.nanoTime() - start);
        }
    }
}
