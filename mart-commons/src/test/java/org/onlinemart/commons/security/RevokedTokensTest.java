package org.onlinemart.commons.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RevokedTokensTest {

    private static final Instant LIMIT = Instant.parse("2026-12-01T10:00:01Z");
    private static final long ANN = 7;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00.500Z"));
    private final RevokedTokens revoked = new RevokedTokens(clock);

    @Test
    void aTokenIssuedBeforeTheLimitIsRevokedAndOneIssuedAtItIsNot() {
        revoked.replaceWith(Map.of(ANN, LIMIT));

        assertTrue(revoked.isRevoked(ANN, LIMIT.getEpochSecond() - 1));
        assertFalse(revoked.isRevoked(ANN, LIMIT.getEpochSecond()));
        assertFalse(revoked.isRevoked(ANN + 1, LIMIT.getEpochSecond() - 1));
    }

    @Test
    void beforeTheFirstReadNothingIsDecided() {
        assertThrows(IllegalStateException.class, () -> revoked.isRevoked(ANN, 0));
    }

    @Test
    void aRevocationRecordedHereCountsAtOnceAndSurvivesAReloadThatReadTheDatabaseBeforeItsCommit() {
        revoked.replaceWith(Map.of());

        revoked.add(ANN, LIMIT);
        assertTrue(revoked.isRevoked(ANN, LIMIT.getEpochSecond() - 1));

        revoked.replaceWith(Map.of());
        assertTrue(revoked.isRevoked(ANN, LIMIT.getEpochSecond() - 1));
    }

    @Test
    void onceTheDatabaseHadTimeToShowIt_theDatabaseDecides() {
        revoked.replaceWith(Map.of());
        revoked.add(ANN, LIMIT);

        clock.advance(Duration.ofSeconds(11));
        revoked.replaceWith(Map.of());

        assertFalse(revoked.isRevoked(ANN, LIMIT.getEpochSecond() - 1));
    }

    @Test
    void theLaterOfTwoRevocationsWins() {
        revoked.replaceWith(Map.of(ANN, LIMIT.plusSeconds(60)));

        revoked.add(ANN, LIMIT);

        assertTrue(revoked.isRevoked(ANN, LIMIT.getEpochSecond() + 30));
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
