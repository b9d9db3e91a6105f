package org.onlinemart.user.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.onlinemart.commons.problem.TooManyRequestsException;
import org.onlinemart.user.domain.RegistrationAttemptRepository;

/**
 * Lets a client address register only so often, before the deliberately slow password hash runs. Every attempt
 * counts, one that ends in a 409 too (so that probing which e-mails have accounts is limited as well); each is
 * recorded in a transaction of its own, under a lock on its address, so parallel attempts cannot overrun the limit.
 */
@ApplicationScoped
public class RegistrationGate {

    private RegistrationAttemptRepository attempts;
    private AddressLimits limits;
    private Clock clock;

    protected RegistrationGate() {}

    @Inject
    public RegistrationGate(RegistrationAttemptRepository attempts, AddressLimits limits) {
        this.attempts = attempts;
        this.limits = limits;
        this.clock = Clock.systemUTC();
    }

    /** @throws TooManyRequestsException when the address registered too often lately */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void admit(String clientAddress) {
        if (limits.isExempt(clientAddress)) {
            return;
        }
        attempts.lockAttemptsFromAddress(clientAddress);
        Instant now = clock.instant();
        Instant windowStart = limits.registrations().windowStart(now);
        Optional<Duration> wait =
                limits.registrations().waitBefore(attempts.attemptsAfter(clientAddress, windowStart), now);
        if (wait.isPresent()) {
            throw new TooManyRequestsException("Too many registrations from your address", wait.get());
        }
        attempts.add(clientAddress, now);
        attempts.forgetBefore(windowStart);
    }
}
