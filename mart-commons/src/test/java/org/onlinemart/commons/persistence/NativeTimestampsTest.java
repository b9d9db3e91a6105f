package org.onlinemart.commons.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class NativeTimestampsTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:15:30.123456Z");

    @Test
    void everyFormTheDriverAnswersIsTheSameInstant() {
        assertEquals(AT, NativeTimestamps.instant(AT.atOffset(ZoneOffset.ofHours(2))));
        assertEquals(AT, NativeTimestamps.instant(OffsetDateTime.ofInstant(AT, ZoneOffset.UTC)));
        assertEquals(AT, NativeTimestamps.instant(Timestamp.from(AT)));
        assertNull(NativeTimestamps.instant(null));
    }

    @Test
    void aParameterIsTheInstantInUtc() {
        assertEquals(OffsetDateTime.ofInstant(AT, ZoneOffset.UTC), NativeTimestamps.parameter(AT));
    }
}
