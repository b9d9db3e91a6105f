package org.onlinemart.user.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.MultivaluedMap;

/** A form login as OAuth2 password clients send it: username is the e-mail; other fields are ignored. */
public record LoginForm(
        @NotBlank @Size(max = AccountFields.EMAIL_MAX) String username,
        @NotBlank @Size(max = LoginRequest.PASSWORD_BOUND) String password) {

    static LoginForm from(MultivaluedMap<String, String> form) {
        return new LoginForm(form.getFirst("username"), form.getFirst("password"));
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "LoginForm[username=" + username + "]";
    }
}
