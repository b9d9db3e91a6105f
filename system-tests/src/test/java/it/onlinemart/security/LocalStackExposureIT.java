package it.onlinemart.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.onlinemart.DevStackControl;
import it.onlinemart.Service;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * What the local stack shows to its network and to web pages in the developer's browser: the services listen on
 * loopback only; the control API, which can stop the whole stack, answers only callers with the secret from the
 * stack's own folder, and never a web page; PostgreSQL trusts no local login without its password.
 */
@MicroShedTest
class LocalStackExposureIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theControlApiRefusesCallersWithoutTheSecretAndSwitchesNothing() throws Exception {
        assertEquals(
                401,
                send(HttpRequest.newBuilder(DevStackControl.uri("/kafka/stop")).POST(noBody())));
        assertEquals(
                401,
                send(HttpRequest.newBuilder(DevStackControl.uri("/kafka/stop"))
                        .header(DevStackControl.SECRET_HEADER, "0".repeat(64))
                        .POST(noBody())));
        assertTrue(kafkaRuns(), "Kafka still runs");
    }

    @Test
    void theControlApiRefusesWebPagesEvenWithTheSecret() throws Exception {
        // what a page's fetch() or form sends: the page's origin, whatever else it managed to add
        assertEquals(
                403,
                send(HttpRequest.newBuilder(DevStackControl.uri("/kafka/stop"))
                        .header(DevStackControl.SECRET_HEADER, DevStackControl.secret())
                        .header("Origin", "http://attacker.example")
                        .POST(noBody())));
        assertTrue(kafkaRuns(), "Kafka still runs");
    }

    @Test
    void postgresqlAsksEveryLoginForItsPassword() throws Exception {
        String server = "jdbc:postgresql://127.0.0.1:5432/postgres";
        String adminPassword = Files.readString(Path.of("..", ".devstack", "postgres-admin-password"))
                .strip();
        // with trust, as before issue 13, each of these would get in
        for (String user : List.of("postgres", "mart")) {
            assertThrows(SQLException.class, () -> DriverManager.getConnection(server, user, ""), user + " without");
        }
        assertThrows(SQLException.class, () -> DriverManager.getConnection(server, "postgres", "mart"));
        try (Connection admin = DriverManager.getConnection(server, "postgres", adminPassword)) {
            assertTrue(admin.isValid(2), "postgres with the password from .devstack/postgres-admin-password");
        }
    }

    @Test
    void theServicesListenOnLoopbackOnly() throws IOException {
        Optional<InetAddress> lan = nonLoopbackAddress();
        assumeTrue(lan.isPresent(), "this machine has no non-loopback IPv4 address to try");
        for (Service service : Service.values()) {
            int port = service.port();
            assertTrue(accepts(InetAddress.getLoopbackAddress(), port), service + " answers on loopback");
            assertFalse(
                    accepts(lan.get(), port),
                    service + " must not answer on " + lan.get().getHostAddress());
        }
    }

    private static boolean kafkaRuns() throws Exception {
        HttpResponse<String> status = HTTP.send(
                HttpRequest.newBuilder(DevStackControl.uri("/status"))
                        .header(DevStackControl.SECRET_HEADER, DevStackControl.secret())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return status.statusCode() == 200 && status.body().contains("\"kafka\":\"running\"");
    }

    private static int send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static HttpRequest.BodyPublisher noBody() {
        return HttpRequest.BodyPublishers.noBody();
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(nic -> {
                    try {
                        return nic.isUp() && !nic.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
    }
}
