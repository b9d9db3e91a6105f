package org.onlinemart.bench;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A closed-loop load of GET requests: c connections, each a thread that sends one request after the other over its
 * kept-alive HTTP/1.1 connection, through a list of URIs round-robin (thread i starting at the i-th), with a bearer
 * token or none. The floor of a plain JAX-RS endpoint, and the load of the shop's reads.
 */
final class ReadLoad {

    static final int CONNECTIONS = 64;

    static final Duration WARM_UP = Duration.ofSeconds(2);

    /** For connecting and for each answer; one that takes longer counts as no answer. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

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
        uris.stream().filter(uri -> !"http".equals(uri.getScheme())).findFirst().ifPresent(uri -> {
            throw new IllegalArgumentException("only http:// can be loaded: " + uri);
        });
        List<byte[]> requests =
                uris.stream().map(uri -> HttpConnection.get(uri, token)).toList();
        return new Result(
                List.copyOf(uris),
                ClosedLoop.run(connections, warmUp, duration, thread -> new Connection(uris, requests, thread)));
    }

    static int port(URI uri) {
        return uri.getPort() < 0 ? 80 : uri.getPort();
    }

    /** Index of the request a thread sends next: round-robin, each thread from its own start. */
    static int next(int thread, long sent, int uris) {
        return (int) ((thread + sent) % uris);
    }

    /** One thread's connections (one per host and port of the list) and its place in the list. */
    private static final class Connection implements ClosedLoop.Worker {

        private final List<HttpConnection> connections;
        private final List<byte[]> requests;
        private final int thread;
        private long sent;

        Connection(List<URI> uris, List<byte[]> requests, int thread) {
            Map<String, HttpConnection> byAuthority = new HashMap<>();
            this.connections = uris.stream()
                    .map(uri -> byAuthority.computeIfAbsent(
                            uri.getHost() + ":" + port(uri),
                            authority -> new HttpConnection(uri.getHost(), port(uri), TIMEOUT)))
                    .toList();
            this.requests = requests;
            this.thread = thread;
        }

        @Override
        public boolean call() throws IOException {
            int next = next(thread, sent++, requests.size());
            int status = connections.get(next).send(requests.get(next));
            return status >= 200 && status < 300;
        }

        @Override
        public void close() {
            connections.forEach(HttpConnection::close);
        }
    }
}
