package org.onlinemart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadLoadTest {

    @Test
    void eachThreadGoesRoundTheUrisFromItsOwnStart() {
        assertEquals(
                List.of(0, 1, 2, 0),
                List.of(0, 1, 2, 3).stream()
                        .map(sent -> ReadLoad.next(0, sent, 3))
                        .toList());
        assertEquals(
                List.of(2, 0, 1, 2),
                List.of(0, 1, 2, 3).stream()
                        .map(sent -> ReadLoad.next(5, sent, 3))
                        .toList());
        assertEquals(0, ReadLoad.next(63, 1_000_001, 1));
    }

    @Test
    void itNeedsPlainHttpUris() {
        for (List<URI> uris : List.of(List.<URI>of(), List.of(URI.create("https://127.0.0.1:8443/jwks")))) {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> ReadLoad.measure(uris, null, 1, Duration.ZERO, Duration.ofSeconds(1)),
                    "" + uris);
        }
        assertEquals(80, ReadLoad.port(URI.create("http://box/jwks")));
        assertEquals(8081, ReadLoad.port(URI.create("http://box:8081/jwks")));
    }
}
