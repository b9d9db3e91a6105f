package org.onlinemart.user.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A form login as OAuth2 password clients send it: username is the e-mail; other fields are ignored. */
public record LoginForm(
        @NotBlank
        @Size(max = AccountFields.EMAIL_MAX)
        @Schema(description = "The e-mail", examples = "customer@example.com")
        String username,

        @NotBlank @Size(max = LoginRequest.PASSWORD_BOUND) @Schema(examples = "sample-password-1")
        String password) {

    static LoginForm from(MultivaluedMap<String, String> form) {
        return new LoginForm(form.getFirst("username"), form.getFirst("password"));
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "LoginForm[username=" + username + "]";
    }
}
