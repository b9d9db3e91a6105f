package org.onlinemart.user.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A JSON login; any password length is merely wrong, not invalid, up to a sanity bound. */
public record LoginRequest(
        @NotBlank @Size(max = AccountFields.EMAIL_MAX) String userEmail,
        @NotBlank @Size(max = LoginRequest.PASSWORD_BOUND) String userPassword) {

    static final int PASSWORD_BOUND = 1024;

    /** Never shows the password. */
    @Override
    public String toString() {
        return "LoginRequest[userEmail=" + userEmail + "]";
    }
}
