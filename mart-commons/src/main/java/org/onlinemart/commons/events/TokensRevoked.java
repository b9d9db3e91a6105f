package org.onlinemart.commons.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The user service revoked every token of a user issued before {@code notBefore} (the password changed, the account
 * was deleted); every service refuses them from then on. After {@code forgetAfter} each of those tokens has expired
 * anyway, so the revocation may be forgotten.
 */
@Topic("token_revocation")
public record TokensRevoked(
        UUID eventId, Instant occurredAt, long userId, Instant notBefore, Instant forgetAfter, String reason)
        implements IntegrationEvent {

    public static TokensRevoked of(long userId, Instant notBefore, Instant forgetAfter, String reason) {
        return new TokensRevoked(UUID.randomUUID(), Instant.now(), userId, notBefore, forgetAfter, reason);
    }

    @Override
    public String partitionKey() {
        return Long.toString(userId);
    }
}
