package org.onlinemart.user.application;

import org.onlinemart.user.domain.Role;

/** A new account as asked for; the password is hashed before anything stores it. */
public record Registration(String name, String email, String phone, String password, Role role) {

    @Override
    public String toString() {
        return "Registration[email=" + email + ", role=" + role + "]";
    }
}
