package org.onlinemart.user.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onlinemart.user.application.IssuedToken;

/** The OAuth2 token response shape: access_token, token_type "Bearer", expires_in (seconds). */
public record TokenResponse(
        @Schema(
                description = "A signed JWT (RS256); send it as Authorization: Bearer <access_token>",
                examples = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiIsImdyb3VwcyI6WyJ1c2VyIl19.c2lnbmF0dXJl")
        String accessToken,

        @Schema(examples = "Bearer") String tokenType,

        @Schema(description = "Seconds until the token expires", examples = "3600")
        long expiresIn) {

    static TokenResponse from(IssuedToken token) {
        return new TokenResponse(token.token(), "Bearer", token.validFor().toSeconds());
    }

    @Override
    public String toString() {
        return "TokenResponse[tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
    }
}
