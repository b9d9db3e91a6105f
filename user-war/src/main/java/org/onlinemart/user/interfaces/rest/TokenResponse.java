package org.onlinemart.user.interfaces.rest;

import org.onlinemart.user.application.IssuedToken;

/** The OAuth2 token response shape: access_token, token_type "Bearer", expires_in (seconds). */
public record TokenResponse(String accessToken, String tokenType, long expiresIn) {

    static TokenResponse from(IssuedToken token) {
        return new TokenResponse(token.token(), "Bearer", token.validFor().toSeconds());
    }

    @Override
    public String toString() {
        return "TokenResponse[tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
    }
}
