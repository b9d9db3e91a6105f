package org.onlinemart.commons.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per user, the instant before which their tokens are refused. A token's {@code iat} is in whole seconds; the user
 * service makes {@code notBefore} a whole second after every token it revokes and issues no token below it, so
 * "issued before" is exact.
 */
final class RevokedTokens {

    /** How long a revocation recorded here outlives reloads that may have read the database before its commit. */
    private static final Duration RECENT = Duration.ofSeconds(10);

    private record Recent(Instant notBefore, Instant addedAt) {}

    private final Clock clock;
    private final Map<Long, Recent> recent = new ConcurrentHashMap<>();
    private volatile Map<Long, Instant> notBefore;

    RevokedTokens(Clock clock) {
        this.clock = clock;
    }

    boolean isRevoked(long userId, long issuedAtSecond) {
        Map<Long, Instant> current = notBefore;
        if (current == null) {
            throw new IllegalStateException("The token revocations have not been read yet");
        }
        Instant limit = current.get(userId);
        return limit != null && issuedAtSecond < limit.getEpochSecond();
    }

    /** The whole list, as read from the database, with what this instance recorded lately. */
    synchronized void replaceWith(Map<Long, Instant> fromDatabase) {
        Instant cutoff = clock.instant().minus(RECENT);
        recent.values().removeIf(added -> added.addedAt().isBefore(cutoff));
        Map<Long, Instant> next = new HashMap<>(fromDatabase);
        recent.forEach((userId, added) -> next.merge(userId, added.notBefore(), RevokedTokens::later));
        notBefore = Map.copyOf(next);
    }

    /** One revocation just committed here, before a reload brings it. */
    synchronized void add(long userId, Instant notBeforeOfUser) {
        recent.merge(
                userId,
                new Recent(notBeforeOfUser, clock.instant()),
                (a, b) -> b.notBefore().isAfter(a.notBefore()) ? b : new Recent(a.notBefore(), b.addedAt()));
        Map<Long, Instant> current = notBefore;
        if (current != null) {
            Map<Long, Instant> next = new HashMap<>(current);
            next.merge(userId, notBeforeOfUser, RevokedTokens::later);
            notBefore = Map.copyOf(next);
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
