package org.onlinemart.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * A closed-loop load of GET requests: c connections, each a thread that sends one request after the other over its
 * kept-alive HTTP/1.1 connection, through a list of URIs round-robin (thread i starting at the i-th), with a bearer
 * token or none. The floor of a plain JAX-RS endpoint, and the load of the shop's reads.
 */
final class ReadLoad {

    static final int CONNECTIONS = 64;

    static final Duration WARM_UP = Duration.ofSeconds(2);

    /** What the load achieved: completed are the 2xx answers, refused the other statuses, failed no answer. */
    record Result(List<URI> uris, Throughput throughput) {

        long non2xx() {
            return throughput.refused();
        }

        long noAnswer() {
            return throughput.failed();
        }
    }

    private ReadLoad() {}

    /** {@link #CONNECTIONS} connections, without a token, for the duration after a warm-up of 2 s. */
    static Result measure(List<URI> uris, Duration duration) throws InterruptedException {
        return measure(uris, null, CONNECTIONS, WARM_UP, duration);
    }

    static Result measure(List<URI> uris, String token, int connections, Duration warmUp, Duration duration)
            throws InterruptedException {
        if (uris.isEmpty()) {
            throw new IllegalArgumentException("no URI to load");
        }
        List<HttpRequest> requests =
                uris.stream().map(uri -> request(uri, token)).toList();
        return new Result(
                List.copyOf(uris),
                ClosedLoop.run(connections, warmUp, duration, thread -> new Connection(client(), requests, thread)));
    }

    /**
     * One client per thread, each running its completions on its own selector thread rather than handing them to a
     * pool. Measured against /jwks with 64 connections, 5 s after 2 s of warm-up, on the 2-core box with the stack
     * (CPU of the generator's JVM per request): a fresh JVM spent 886 µs with one shared client, 960 µs with a
     * client per thread and 273 µs with a client per thread and this direct executor; once warm, the shared client
     * too came down to 256 µs, so the hand-offs to the pool, not the selector, are what a cold generator pays for.
     */
    private static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Runnable::run)
                .build();
    }

    private static HttpRequest request(URI uri, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    /** Index of the request a thread sends next: round-robin, each thread from its own start. */
    static int next(int thread, long sent, int uris) {
        return (int) ((thread + sent) % uris);
    }

    /** One thread's connection and its place in the list. */
    private static final class Connection implements ClosedLoop.Worker {

        private final HttpClient client;
        private final List<HttpRequest> requests;
        private final int thread;
        private long sent;

        Connection(HttpClient client, List<HttpRequest> requests, int thread) {
            this.client = client;
            this.requests = requests;
            this.thread = thread;
        }

        @Override
        public boolean call() throws IOException, InterruptedException {
            HttpRequest request = requests.get(next(thread, sent++, requests.size()));
            int status =
                    client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300;
        }
    }
}
