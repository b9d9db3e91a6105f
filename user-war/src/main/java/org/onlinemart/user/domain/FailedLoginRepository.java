package org.onlinemart.user.domain;

import java.time.Instant;
import java.util.List;

/** Failed logins per e-mail (canonical form), the memory of the {@link LoginThrottle}. */
public interface FailedLoginRepository {

    /**
     * Makes the login attempts for this e-mail run one at a time, until the current transaction ends, so
     * that parallel attempts cannot all pass the throttle before any of their failures is recorded.
     */
    void lockAttemptsFor(String email);

    /** When this e-mail's logins failed after {@code after}, oldest first. */
    List<Instant> failuresAfter(String email, Instant after);

    void add(String email, Instant attemptedAt);

    /** Forgets failures too old to count for any e-mail. */
    void forgetBefore(Instant cutoff);
}
