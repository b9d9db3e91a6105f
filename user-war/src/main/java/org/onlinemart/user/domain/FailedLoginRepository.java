package org.onlinemart.user.domain;

import java.time.Instant;
import java.util.List;

/** Failed logins per e-mail (canonical form) and per client address, the memory of the login {@link Throttle}s. */
public interface FailedLoginRepository {

    /**
     * Makes the login attempts for this e-mail run one at a time, until the current transaction ends, so
     * that parallel attempts cannot all pass the throttle before any of their failures is recorded.
     */
    void lockAttemptsFor(String email);

    /** The same for the attempts from one client address; taken after the e-mail's lock, never before. */
    void lockAttemptsFromAddress(String clientAddress);

    /** When this e-mail's logins failed after {@code after}, oldest first. */
    List<Instant> failuresAfter(String email, Instant after);

    /** When logins from this client address failed after {@code after}, whatever the e-mail, oldest first. */
    List<Instant> failuresFromAddressAfter(String clientAddress, Instant after);

    void add(String email, String clientAddress, Instant attemptedAt);

    /** Forgets failures too old to count for any e-mail or address. */
    void forgetBefore(Instant cutoff);
}
