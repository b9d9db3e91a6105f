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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onlinemart.user.infrastructure.security.SigningKey;
import org.onlinemart.user.infrastructure.security.SigningKeys;

@Path("jwks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JwksResource {

    // the modulus is RFC 7517's example key (appendix A.1), not a key of this service
    private static final String JWK_SET_EXAMPLE = "{\"keys\": [{\"kty\": \"RSA\", \"kid\": "
            + "\"VukNg6IoRjejIukw9VToGx7qNHKI2JwdJlBw8Mn-QQ4\", \"use\": \"sig\", \"alg\": \"RS256\", \"n\": "
            + "\"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3"
            + "oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHz"
            + "u6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8"
            + "awapJzKnqDKgw\", \"e\": \"AQAB\"}]}";

    private SigningKeys keys;

    protected JwksResource() {}

    @Inject
    public JwksResource(SigningKeys keys) {
        this.keys = keys;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "The public keys tokens are verified with (JWK set)",
            description = "What every service verifies tokens against (mp.jwt.verify.publickey.location): the RS256"
                    + " key new tokens are signed with and, during a key rotation (JWT_PREVIOUS_KEY_ALIAS), the"
                    + " previous one, so that tokens it signed stay valid until they expire. Each key's kid is its"
                    + " RFC 7638 thumbprint, as in the header of the tokens it signed.")
    @APIResponse(
            responseCode = "200",
            description = "The JWK set: the current RS256 public key, and the previous one during a rotation",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT, examples = JWK_SET_EXAMPLE)))
    public Map<String, List<Map<String, Object>>> jwks() {
        return Map.of(
                "keys", keys.published().stream().map(SigningKey::publicJwk).toList());
    }
}
