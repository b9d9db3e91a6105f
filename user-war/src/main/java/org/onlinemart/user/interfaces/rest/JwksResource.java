package org.onlinemart.user.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onlinemart.user.infrastructure.security.SigningKeys;

@Path("jwks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JwksResource {

    private SigningKeys keys;

    protected JwksResource() {}

    @Inject
    public JwksResource(SigningKeys keys) {
        this.keys = keys;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "The public key tokens are signed with (JWK set)",
            description = "What every service verifies tokens against (mp.jwt.verify.publickey.location).")
    @APIResponse(responseCode = "200", description = "The JWK set: one RS256 public key")
    public Map<String, List<Map<String, Object>>> jwks() {
        return Map.of("keys", List.of(keys.current().publicJwk()));
    }
}
