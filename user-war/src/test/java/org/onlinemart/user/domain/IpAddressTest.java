package org.onlinemart.user.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IpAddressTest {

    @Test
    void onlyIpLiteralsAreAddressesNeverNamesThatWouldNeedDns() {
        assertEquals(Optional.empty(), IpAddress.canonical("localhost"));
        assertEquals(Optional.empty(), IpAddress.canonical("example.org"));
        assertEquals(Optional.empty(), IpAddress.canonical(""));
        assertEquals(Optional.of("192.0.2.1"), IpAddress.canonical("192.0.2.1"));
    }

    @Test
    void ipv6IsWrittenOneWay() {
        assertEquals(Optional.of("2001:db8:0:0:0:0:0:1"), IpAddress.canonical(" 2001:db8::1 "));
    }

    @Test
    void aConfiguredListKeepsItsAddressesInCanonicalFormAndDropsTheRest() {
        assertEquals(
                Set.of("127.0.0.1", "0:0:0:0:0:0:0:1"),
                IpAddress.canonical(List.of("127.0.0.1", " ::1", "proxy.local")));
    }
}
