package org.onlinemart.user.application;

import java.time.Duration;

/** How a login ended. An unknown e-mail and a wrong password are one outcome, so neither is revealed. */
public sealed interface LoginOutcome {

    record Granted(IssuedToken token) implements LoginOutcome {}

    record Refused() implements LoginOutcome {}

    /** Too many recent failures for the e-mail or from the client's address: the password was not even checked. */
    record Throttled(Duration retryAfter, ThrottledBy by) implements LoginOutcome {}

    enum ThrottledBy {
        EMAIL,
        ADDRESS
    }
}
