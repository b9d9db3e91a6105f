package org.onlinemart.user.application;

import java.time.Duration;

/** A signed access token and how long it is valid from now. */
public record IssuedToken(String token, Duration validFor) {

    /** Never shows the token itself. */
    @Override
    public String toString() {
        return "IssuedToken[validFor=" + validFor + "]";
    }
}
