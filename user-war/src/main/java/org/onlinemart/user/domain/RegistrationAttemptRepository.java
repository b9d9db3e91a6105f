package org.onlinemart.user.domain;

import java.time.Instant;
import java.util.List;

/** Registration attempts per client address, the memory of the registration {@link Throttle}. */
public interface RegistrationAttemptRepository {

    /** Makes the attempts from this address run one at a time until the current transaction ends. */
    void lockAttemptsFromAddress(String clientAddress);

    /** When this address tried to register after {@code after}, oldest first. */
    List<Instant> attemptsAfter(String clientAddress, Instant after);

    void add(String clientAddress, Instant attemptedAt);

    /** Forgets attempts too old to count for any address. */
    void forgetBefore(Instant cutoff);
}
