package org.onlinemart.commons.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.onlinemart.commons.problem.Problem;
import org.onlinemart.commons.problem.ServiceUnavailableException;

/**
 * Refuses a verified token that the user service has revoked since it was issued (a changed password, a deleted
 * account) with the 401 of an invalid token, before any role is checked.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class RevokedTokenFilter implements ContainerRequestFilter {

    private TokenRevocations revocations;

    protected RevokedTokenFilter() {}

    @Inject
    public RevokedTokenFilter(TokenRevocations revocations) {
        this.revocations = revocations;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token)) {
            return;
        }
        String instance = request.getUriInfo().getRequestUri().getPath();
        boolean revoked;
        try {
            revoked = revocations.isRevoked(Long.parseLong(token.getSubject()), token.getIssuedAtTime());
        } catch (NumberFormatException e) {
            revoked = true; // signed by our key but naming no user: not a token the user service issues
        } catch (IllegalStateException e) {
            throw new ServiceUnavailableException(
                    "The service is starting: it cannot check tokens against revocations yet", Duration.ofSeconds(1));
        }
        if (revoked) {
            Response refusal = Problem.of(
                            Response.Status.UNAUTHORIZED,
                            "This token was revoked (the password changed or the account was deleted): sign in again",
                            instance)
                    .toResponse();
            request.abortWith(Response.fromResponse(refusal)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                    .build());
        }
    }
}
