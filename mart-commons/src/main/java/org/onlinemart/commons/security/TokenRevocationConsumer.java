package org.onlinemart.commons.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.onlinemart.commons.events.TokensRevoked;
import org.onlinemart.commons.inbox.EventBatches;
import org.reactivestreams.Subscriber;

/**
 * The user service's token revocations, kept by every other service. A service that consumes events configures the
 * {@code token_revocation} channel with its own group; the user service, which consumes nothing, records its
 * revocations directly and never starts this channel.
 */
@ApplicationScoped
public class TokenRevocationConsumer {

    private EventBatches batches;
    private TokenRevocations revocations;

    protected TokenRevocationConsumer() {}

    @Inject
    public TokenRevocationConsumer(EventBatches batches, TokenRevocations revocations) {
        this.batches = batches;
        this.revocations = revocations;
    }

    @Incoming("token_revocation")
    public Subscriber<Message<String>> onTokensRevoked() {
        return batches.of("token-revocation", TokensRevoked.class, revocations::record);
    }
}
