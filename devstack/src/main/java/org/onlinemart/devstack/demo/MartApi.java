package org.onlinemart.devstack.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.onlinemart.devstack.control.Json;

/** JSON over HTTP to the stack's services on one host, as any client of the shop would call them. */
public final class MartApi {

    /** POST /order waits for product's and inventory's replies (with retries) before it answers. */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final String host;

    public MartApi(HttpClient http, String host) {
        this.http = http;
        this.host = host;
    }

    public ApiAnswer get(int port, String path, String token) {
        return send("GET", port, path, HttpRequest.BodyPublishers.noBody(), token, null);
    }

    public ApiAnswer delete(int port, String path, String token) {
        return send("DELETE", port, path, HttpRequest.BodyPublishers.noBody(), token, null);
    }

    public ApiAnswer post(int port, String path, Map<String, ?> body, String token) {
        return post(port, path, body, token, null);
    }

    /** A POST that the service may repeat safely: the same Idempotency-Key gives the same result. */
    public ApiAnswer post(int port, String path, Map<String, ?> body, String token, String idempotencyKey) {
        return send("POST", port, path, HttpRequest.BodyPublishers.ofString(Json.write(body)), token, idempotencyKey);
    }

    private ApiAnswer send(
            String method, int port, String path, HttpRequest.BodyPublisher body, String token, String idempotencyKey) {
        String call = String.format("%-4s :%d%s", method, port, path);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path))
                .timeout(CALL_TIMEOUT)
                .header("Accept", "application/json")
                .method(method, body);
        if (method.equals("POST")) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Optional<Duration> retryAfter = response.headers()
                    .firstValue("Retry-After")
                    .filter(seconds -> seconds.matches("[0-9]{1,4}"))
                    .map(seconds -> Duration.ofSeconds(Long.parseLong(seconds)));
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            return new ApiAnswer(call, response.statusCode(), contentType, response.body(), retryAfter);
        } catch (HttpConnectTimeoutException e) {
            throw unreachable(call, port, e);
        } catch (HttpTimeoutException e) {
            throw new DemoFailure(call + ": no answer within " + CALL_TIMEOUT.toSeconds() + " s", e);
        } catch (IOException e) {
            throw unreachable(call, port, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure(call + ": interrupted", e);
        }
    }

    private DemoFailure unreachable(String call, int port, IOException e) {
        return new DemoFailure(
                call + ": nothing answers on " + host + ":" + port + " (" + e + "); is the stack running? Start it"
                        + " with `java -jar devstack/target/devstack.jar start`",
                e);
    }
}
