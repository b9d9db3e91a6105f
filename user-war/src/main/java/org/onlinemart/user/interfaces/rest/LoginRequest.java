package org.onlinemart.user.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A JSON login; any password length is merely wrong, not invalid, up to a sanity bound. */
public record LoginRequest(
        @NotBlank @Size(max = AccountFields.EMAIL_MAX) @Schema(examples = "customer@example.com")
        String userEmail,

        @NotBlank @Size(max = LoginRequest.PASSWORD_BOUND) @Schema(examples = "sample-password-1")
        String userPassword) {

    static final int PASSWORD_BOUND = 1024;

    /** Never shows the password. */
    @Override
    public String toString() {
        return "LoginRequest[userEmail=" + userEmail + "]";
    }
}
