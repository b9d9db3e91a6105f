package org.onlinemart.devstack.demo;

/** An e-mail and password to sign in with; the password is never shown (not even by toString). */
public record Credentials(String email, String password) {

    @Override
    public String toString() {
        return "Credentials[email=" + email + "]";
    }
}
