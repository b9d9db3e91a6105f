package org.onlinemart.bench;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection over a blocking socket that sends prepared GETs and reads each answer's status,
 * skipping its body (Content-Length, chunked, or up to the end when the server closes). The read load's client: on
 * the 2-core box with the stack, GET /jwks over 64 connections cost the generator about 35 µs of CPU a request this
 * way (10,500 requests/s) against about 420 µs with java.net.http.HttpClient (one client per thread, direct
 * executor: 2,300 requests/s, the generator taking half the box), which made the client the bottleneck.
 */
final class HttpConnection implements AutoCloseable {

    private final InetSocketAddress address;
    private final int timeoutMillis;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    HttpConnection(String host, int port, Duration timeout) {
        this.address = new InetSocketAddress(host, port);
        this.timeoutMillis = Math.toIntExact(timeout.toMillis());
    }

    /** The bytes of a GET of the URI's path and query, with a bearer token or none. */
    static byte[] get(URI uri, String token) {
        String target = uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            target += "?" + uri.getRawQuery();
        }
        String request = "GET " + target + " HTTP/1.1\r\nHost: " + uri.getRawAuthority()
                + "\r\nAccept: application/json\r\n" + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                + "\r\n";
        return request.getBytes(StandardCharsets.US_ASCII);
    }

    /** Sends the request, connecting first if need be, and answers the status once the whole answer is read. */
    int send(byte[] request) throws IOException {
        if (socket == null) {
            connect();
        }
        try {
            out.write(request);
            out.flush();
            Answer answer = read(in);
            if (!answer.keepAlive()) {
                close();
            }
            return answer.status();
        } catch (IOException e) {
            // the next request starts on a new connection
            close();
            throw e;
        }
    }

    /** The status of an answer and whether the connection may carry the next request. */
    record Answer(int status, boolean keepAlive) {}

    /** Reads one answer from the stream, body included, as the client's next request needs the stream past it. */
    static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
            throw new IOException("not an HTTP/1.x status line: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        boolean keepAlive = statusLine.startsWith("HTTP/1.1");
        long length = -1;
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.endsWith("chunked");
                case "connection" -> keepAlive = value.equals("keep-alive") || (keepAlive && !value.equals("close"));
                default -> {
                    // not needed to find the end of the answer
                }
            }
        }
        if (status / 100 == 1 || status == 204 || status == 304) {
            return new Answer(status, keepAlive);
        }
        if (chunked) {
            for (long size = chunkSize(line(in)); size > 0; size = chunkSize(line(in))) {
                skip(in, size);
                line(in);
            }
            while (!line(in).isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            skip(in, length);
        } else {
            // no length: the body ends when the server closes
            while (in.read() >= 0) {
                // discarded
            }
            keepAlive = false;
        }
        return new Answer(status, keepAlive);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // nothing to keep from a socket being dropped
            }
            socket = null;
        }
    }

    private void connect() throws IOException {
        Socket opened = new Socket();
        try {
            opened.setTcpNoDelay(true);
            opened.connect(address, timeoutMillis);
            opened.setSoTimeout(timeoutMillis);
            out = opened.getOutputStream();
            in = new BufferedInputStream(opened.getInputStream(), 8192);
            socket = opened;
        } catch (IOException e) {
            opened.close();
            throw e;
        }
    }

    private static long chunkSize(String line) throws IOException {
        int extension = line.indexOf(';');
        try {
            return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
        } catch (NumberFormatException e) {
            throw new IOException("not a chunk size: " + line);
        }
    }

    /** A line without its CRLF; the stream may not end before it. */
    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("the connection closed in the middle of an answer");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static void skip(InputStream in, long bytes) throws IOException {
        for (long left = bytes; left > 0; ) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("the connection closed in the middle of a body");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }
}
