package it.onlinemart;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The devstack's loopback control API: stops and starts parts of the running stack. */
public final class DevStackControl {

    private static final String BASE = "http://127.0.0.1:" + System.getProperty("devstack.control.port", "8099");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The running stack's secret, which every call to its control API carries. */
    public static final String SECRET_HEADER = "X-Devstack-Secret";

    private static final Path SECRET_FILE = Path.of("..", ".devstack", "control-secret");

    private DevStackControl() {}

    /** Stops PostgreSQL (a fast shutdown: open connections are cut), the database of every service. */
    public static void stopPostgres() {
        post("/postgres/stop");
    }

    /** Starts PostgreSQL again; returns once it takes connections. */
    public static void startPostgres() {
        post("/postgres/start");
    }

    public static void stopKafka() {
        post("/kafka/stop");
    }

    public static void startKafka() {
        post("/kafka/start");
    }

    /** Stops the SMTP sink (it forgets the mail it holds): the services' SMTP connections are refused. */
    public static void stopSmtp() {
        post("/smtp/stop");
    }

    public static void startSmtp() {
        post("/smtp/start");
    }

    /** Stops one service and starts it again; returns once it is ready. */
    public static void restartService(String name) {
        post("/services/" + name + "/stop");
        post("/services/" + name + "/start");
    }

    /** Stops one service; returns once its process has ended. */
    public static void stopService(String name) {
        post("/services/" + name + "/stop");
    }

    /** Starts one service (nothing if it runs); returns once it is ready. */
    public static void startService(String name) {
        post("/services/" + name + "/start");
    }

    /**
     * Runs the service as that many instances (replica n on the service's port + 100 × (n − 1)); returns once the
     * new ones are ready, or the surplus ones stopped.
     */
    public static void scale(String service, int instances) {
        post("/services/" + service + "/scale/" + instances);
    }

    /** kill -9 of one instance ("order", "order-2"); the devstack's watchdog starts it again by itself. */
    public static void kill(String instance) {
        post("/services/" + instance + "/kill");
    }

    public static String secret() {
        try {
            return Files.readString(SECRET_FILE).trim();
        } catch (IOException e) {
            throw new IllegalStateException("the devstack's control secret " + SECRET_FILE + " cannot be read", e);
        }
    }

    public static URI uri(String path) {
        return URI.create(BASE + path);
    }

    private static void post(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header(SECRET_HEADER, secret())
                .timeout(Duration.ofMinutes(6))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(
                        "devstack " + path + " answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("devstack control API not reachable at " + BASE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
