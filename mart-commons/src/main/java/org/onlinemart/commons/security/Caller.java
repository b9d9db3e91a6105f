package org.onlinemart.commons.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, from the verified token only (DESIGN.md §2): never a user id from the request. */
@RequestScoped
public class Caller {

    private JsonWebToken token;

    protected Caller() {
    }

    @Inject
    public Caller(JsonWebToken token) {
        this.token = token;
    }

    /** The caller's user id: the token's {@code sub}. */
    public long userId() {
        return Long.parseLong(token.getSubject());
    }

    public boolean isAdmin() {
        return token.getGroups().contains(Roles.ADMIN);
    }
}
