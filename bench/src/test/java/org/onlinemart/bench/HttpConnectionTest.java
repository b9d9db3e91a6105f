package org.onlinemart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpConnectionTest {

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aGetCarriesThePathTheQueryTheHostAndTheToken() {
        assertEquals(
                "GET /view-cart?page=2 HTTP/1.1\r\nHost: 127.0.0.1:8004\r\nAccept: application/json\r\n"
                        + "Authorization: Bearer t0k\r\n\r\n",
                new String(
                        HttpConnection.get(URI.create("http://127.0.0.1:8004/view-cart?page=2"), "t0k"),
                        StandardCharsets.US_ASCII));
        assertEquals(
                "GET / HTTP/1.1\r\nHost: box\r\nAccept: application/json\r\n\r\n",
                new String(HttpConnection.get(URI.create("http://box"), null), StandardCharsets.US_ASCII));
    }

    @Test
    void answersFollowingEachOtherAreReadToTheirEndWhateverTheirFraming() throws IOException {
        InputStream in =
                stream("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 7\r\n\r\n{\"a\":1}"
                        + "HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n4;x=y\r\nabcd\r\n3\r\nefg\r\n0\r\n"
                        + "Trailer: 1\r\n\r\n"
                        + "HTTP/1.1 204 No Content\r\n\r\n"
                        + "HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
        assertEquals(new HttpConnection.Answer(200, true), HttpConnection.read(in));
        assertEquals(new HttpConnection.Answer(404, true), HttpConnection.read(in));
        assertEquals(new HttpConnection.Answer(204, true), HttpConnection.read(in));
        assertEquals(new HttpConnection.Answer(503, false), HttpConnection.read(in));
        assertEquals(-1, in.read());
    }

    @Test
    void withoutALengthTheBodyEndsWithTheConnection() throws IOException {
        assertEquals(
                new HttpConnection.Answer(200, false), HttpConnection.read(stream("HTTP/1.0 200 OK\r\n\r\nall of it")));
        assertEquals(
                new HttpConnection.Answer(200, true),
                HttpConnection.read(
                        stream("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok")));
    }

    @Test
    void anAnswerCutShortOrNotHttpIsAnError() {
        assertThrows(EOFException.class, () -> HttpConnection.read(stream("HTTP/1.1 200 OK\r\nContent-Len")));
        assertThrows(
                EOFException.class,
                () -> HttpConnection.read(stream("HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nab")));
        assertThrows(IOException.class, () -> HttpConnection.read(stream("SSH-2.0-OpenSSH\r\n")));
        assertThrows(
                IOException.class,
                () -> HttpConnection.read(stream("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")));
    }
}
