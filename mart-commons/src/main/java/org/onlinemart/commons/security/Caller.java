package org.onlinemart.commons.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, from the verified token only (DESIGN.md §2): never a user id from the request. */
@RequestScoped
public class Caller {

    private JsonWebToken token;

    protected Caller() {}

    @Inject
    public Caller(JsonWebToken token) {
        this.token = token;
    }

    /** The caller's user id: the token's {@code sub}. */
    public long userId() {
        return Long.parseLong(token.getSubject());
    }

    /** The caller's e-mail: the token's {@code upn}. */
    public String email() {
        return token.getName();
    }

    /** The caller's display name: the token's {@code name} claim. */
    public String displayName() {
        return token.getClaim("name");
    }

    public boolean isAdmin() {
        return token.getGroups().contains(Roles.ADMIN);
    }
}
