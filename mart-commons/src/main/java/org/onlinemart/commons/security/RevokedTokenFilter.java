package org.onlinemart.commons.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.onlinemart.commons.problem.Problem;
import org.onlinemart.commons.problem.ServiceUnavailableException;

/**
 * Refuses a verified token that the user service has revoked since it was issued (a changed password, a deleted
 * account) with the 401 of an invalid token, before any role is checked, on every endpoint that needs a token.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class RevokedTokenFilter implements ContainerRequestFilter {

    // a field: JAX-RS makes its providers with a public no-argument constructor, and CDI then injects them
    @Inject
    TokenRevocations revocations;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        // an open endpoint ignores a revoked token, as the JWT check lets it ignore an expired one
        if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token)
                || resource.getResourceMethod() == null
                || RoleGuard.of(resource.getResourceMethod()).isEmpty()) {
            return;
        }
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
                            request.getUriInfo().getRequestUri().getPath())
                    .toResponse();
            request.abortWith(Response.fromResponse(refusal)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                    .build());
        }
    }
}
