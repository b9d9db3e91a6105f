package org.onlinemart.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fixed ports of the local stack, and the check that they are free before anything starts. */
public final class StackPorts {

    public static final int POSTGRES = 5432;
    public static final int KAFKA = 9092;
    public static final int KAFKA_CONTROLLER = 9093;
    public static final int SMTP = 3025;
    public static final int SMTP_API = 8025;
    public static final int PROMETHEUS = 9090;
    static final int CONTROL_DEFAULT = 8099;
    public static final String HOST = "127.0.0.1";

    /** The six services in start/URL-table order, with their HTTP ports. */
    public static final Map<String, Integer> SERVICES = services();

    private StackPorts() {}

    private static Map<String, Integer> services() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("user", 8081);
        ports.put("inventory", 8002);
        ports.put("product", 8003);
        ports.put("order", 8004);
        ports.put("notification", 8005);
        ports.put("payment", 8006);
        return Collections.unmodifiableMap(ports);
    }

    public static int servicePort(String service) {
        Integer port = SERVICES.get(service);
        if (port == null) {
            throw new StackException(
                    "unknown service '" + service + "'; known: " + String.join(", ", SERVICES.keySet()));
        }
        return port;
    }

    /** Fails fast, naming the port and its use, if anything listens on it or holds it. */
    static void requireFree(int port, String usedFor) {
        if (accepts(port) || !bindable(port)) {
            throw new StackException("port " + port + " (" + usedFor + ") is already in use by another process;"
                    + " free it (e.g. `ss -ltnp 'sport = :" + port + "'` shows who holds it) and try again");
        }
    }

    public static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // as the servers themselves do: connections in TIME_WAIT from a previous run must not count
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
