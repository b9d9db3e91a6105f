package org.onlinemart.devstack.control;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onlinemart.devstack.Stack;
import org.onlinemart.devstack.StackException;
import org.onlinemart.devstack.StackPart;
import org.onlinemart.devstack.StackPorts;

/**
 * The running stack's control API on 127.0.0.1 only, for callers that send the stack's {@link ControlSecret} and are
 * no web page: status for `start`, `stop` and the system tests, and
 * the switches the system tests and the fault suite use to stop and restart Kafka, PostgreSQL, the SMTP sink or
 * one service, to kill a service outright, or to run a service as several instances
 * ({@code POST /services/order/scale/2}, answered once the new instances are ready).
 */
public final class ControlApi {

    private static final Pattern SERVICE = Pattern.compile("/services/([a-z]+(?:-[0-9])?)/(start|stop|kill)");
    private static final Pattern SCALE = Pattern.compile("/services/([a-z]+)/scale/([0-9])");

    private final Stack stack;
    private final Runnable shutdown;
    private final String secret;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "control-api");
        thread.setDaemon(true);
        return thread;
    });

    private ControlApi(Stack stack, Runnable shutdown, int port, String secret) throws IOException {
        this.stack = stack;
        this.shutdown = shutdown;
        this.secret = secret;
        this.server = HttpServer.create(new InetSocketAddress(StackPorts.HOST, port), 16);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    public static ControlApi start(Stack stack, Runnable shutdown, int port, String secret) {
        try {
            ControlApi api = new ControlApi(stack, shutdown, port, secret);
            api.server.start();
            return api;
        } catch (IOException e) {
            throw new StackException("cannot open the control API on port " + port + ": " + e.getMessage(), e);
        }
    }

    public void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        boolean post = "POST".equals(exchange.getRequestMethod());
        try {
            // a browser names the page that sends a request in Origin; the stack's own clients send none
            if (exchange.getRequestHeaders().containsKey("Origin")) {
                answer(exchange, 403, Map.of("error", "requests from web pages are refused"));
            } else if (!ControlSecret.matches(
                    secret, exchange.getRequestHeaders().getFirst(ControlSecret.HEADER))) {
                answer(
                        exchange,
                        401,
                        Map.of("error", "send the secret of .devstack/control-secret as " + ControlSecret.HEADER));
            } else if (path.equals("/status")) {
                Map<String, Object> status = new LinkedHashMap<>();
                status.put("ready", stack.ready());
                status.put("parts", stack.status());
                answer(exchange, 200, status);
            } else if (!post) {
                answer(exchange, 405, Map.of("error", "use GET /status or POST " + path));
            } else if (path.equals("/shutdown")) {
                answer(exchange, 202, Map.of("shutdown", true));
                shutdown.run();
            } else if (path.equals("/postgres/stop") || path.equals("/postgres/start")) {
                switchPart(exchange, stack.postgres(), "PostgreSQL is external (POSTGRES_URL)", path.endsWith("start"));
            } else if (path.equals("/kafka/stop") || path.equals("/kafka/start")) {
                switchPart(
                        exchange, stack.kafka(), "Kafka is external (KAFKA_BOOTSTRAP_SERVERS)", path.endsWith("start"));
            } else if (path.equals("/smtp/stop") || path.equals("/smtp/start")) {
                // GreenMail forgets the mail it holds when stopped: a stopped-and-started sink is an empty one
                switchPart(exchange, stack.smtp(), "SMTP is external (SMTP_HOST)", path.endsWith("start"));
            } else if (SERVICE.matcher(path).matches()) {
                service(exchange, SERVICE.matcher(path));
            } else if (SCALE.matcher(path).matches()) {
                Matcher scale = SCALE.matcher(path);
                scale.matches();
                Map<String, String> instances = new LinkedHashMap<>();
                stack.liberty()
                        .scale(scale.group(1), Integer.parseInt(scale.group(2)))
                        .forEach(server -> instances.put(server.name(), server.state()));
                answer(exchange, 200, instances);
            } else {
                answer(exchange, 404, Map.of("error", "unknown path " + path));
            }
        } catch (StackException e) {
            answer(exchange, 500, Map.of("error", e.getMessage()));
        }
    }

    /** Stops or starts a local part, for fault tests; an external one is not ours to switch. */
    private static void switchPart(
            HttpExchange exchange, Optional<? extends StackPart> part, String external, boolean start)
            throws IOException {
        if (part.isEmpty()) {
            answer(exchange, 409, Map.of("error", external + ": not ours to switch"));
            return;
        }
        if (start) {
            part.get().start();
        } else {
            part.get().stop();
        }
        answer(exchange, 200, part.get().status());
    }

    private void service(HttpExchange exchange, Matcher matcher) throws IOException {
        matcher.matches();
        var server = stack.liberty().server(matcher.group(1));
        if (server.isEmpty()) {
            answer(exchange, 404, Map.of("error", "service " + matcher.group(1) + " is not part of this stack"));
            return;
        }
        if (matcher.group(2).equals("start")) {
            server.get().start(stack.liberty().startTimeout());
        } else if (matcher.group(2).equals("kill")) {
            server.get().kill(); // the watchdog notices within its period and starts it again
        } else {
            server.get().stop();
        }
        answer(exchange, 200, Map.of(server.get().name(), server.get().state()));
    }

    private static void answer(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
