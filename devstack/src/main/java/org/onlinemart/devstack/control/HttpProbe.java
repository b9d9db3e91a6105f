package org.onlinemart.devstack.control;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Small HTTP calls to loopback: readiness probes and the control API. */
public final class HttpProbe {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private HttpProbe() {}

    /** The status code of a GET, or -1 when nothing answers. */
    public static int status(URI uri) {
        try {
            return get(uri, Duration.ofSeconds(5)).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    static HttpResponse<String> get(URI uri, Duration timeout) throws IOException {
        return send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build());
    }

    /** A call to the control API, with its secret when there is one. */
    static HttpResponse<String> control(String method, URI uri, Optional<String> secret, Duration timeout)
            throws IOException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(timeout).method(method, HttpRequest.BodyPublishers.noBody());
        secret.ifPresent(value -> request.header(ControlSecret.HEADER, value));
        return send(request.build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
