package org.onlinemart.commons.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onlinemart.commons.events.TokensRevoked;
import org.onlinemart.commons.inbox.IdempotentConsumer;

/**
 * The user service's token revocations, kept by every other service. A service that consumes events configures the
 * {@code token_revocation} channel with its own group; the user service, which consumes nothing, records its
 * revocations directly and never starts this channel.
 */
@ApplicationScoped
public class TokenRevocationConsumer {

    private IdempotentConsumer consumer;
    private TokenRevocations revocations;

    protected TokenRevocationConsumer() {}

    @Inject
    public TokenRevocationConsumer(IdempotentConsumer consumer, TokenRevocations revocations) {
        this.consumer = consumer;
        this.revocations = revocations;
    }

    @Incoming("token_revocation")
    public void onTokensRevoked(String payload) {
        consumer.consume("token-revocation", payload, TokensRevoked.class, revocations::record);
    }
}
