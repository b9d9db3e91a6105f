package org.onlinemart.user.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private static final String PROXY = "10.0.0.5";

    private final ClientAddresses behindProxy = new ClientAddresses(Set.of(PROXY, "10.0.0.6"));
    private final ClientAddresses direct = new ClientAddresses(Set.of());

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals("203.0.113.9", direct.of("203.0.113.9", List.of("198.51.100.1")));
    }

    @Test
    void aClientThatIsNotATrustedProxyCannotChooseItsAddress() {
        assertEquals("203.0.113.9", behindProxy.of("203.0.113.9", List.of("198.51.100.1")));
    }

    @Test
    void behindATrustedProxyTheLastUntrustedHopIsTheClient() {
        assertEquals("198.51.100.7", behindProxy.of(PROXY, List.of("192.0.2.1, 198.51.100.7")));
        assertEquals("198.51.100.7", behindProxy.of(PROXY, List.of("192.0.2.1, 198.51.100.7, 10.0.0.6")));
        assertEquals("198.51.100.7", behindProxy.of(PROXY, List.of("192.0.2.1", "198.51.100.7")));
    }

    @Test
    void aTrustedProxyWithoutTheHeaderIsItself() {
        assertEquals(PROXY, behindProxy.of(PROXY, List.of()));
    }

    @Test
    void garbageInTheHeaderStopsTheWalkAtTheLastHopThatWasTrusted() {
        assertEquals(PROXY, behindProxy.of(PROXY, List.of("198.51.100.7, evil.example.org")));
        assertEquals("10.0.0.6", behindProxy.of(PROXY, List.of("' OR 1=1 --, 10.0.0.6")));
    }

    @Test
    void ipv6AddressesAreComparedInOneForm() {
        ClientAddresses v6Proxy = new ClientAddresses(Set.of("2001:db8:0:0:0:0:0:1"));

        assertEquals("2001:db8:0:0:0:0:0:7", v6Proxy.of("2001:db8::1", List.of("2001:db8::7")));
    }
}
