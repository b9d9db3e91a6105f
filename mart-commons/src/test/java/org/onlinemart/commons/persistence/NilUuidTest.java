package org.onlinemart.commons.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class NilUuidTest {

    @Test
    void anUnknownValueIsStoredAsTheNilUuidAndReadBackAsNull() {
        assertEquals(UUID.fromString("00000000-0000-0000-0000-000000000000"), NilUuid.toColumn(null));
        assertNull(NilUuid.fromColumn(NilUuid.toColumn(null)));
        assertNull(NilUuid.fromColumn(null));
    }

    @Test
    void aKnownValueIsStoredAndReadAsItIs() {
        UUID known = UUID.randomUUID();

        assertEquals(known, NilUuid.toColumn(known));
        assertEquals(known, NilUuid.fromColumn(known));
    }
}
