package org.onlinemart.user.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onlinemart.user.application.RegistrationGate;
import org.onlinemart.user.application.UserService;

/** Signing up, open to anyone (apart from UserResource, which needs the caller's token). */
@Path("add_user")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    @Context
    HttpServletRequest request;

    private UserService users;
    private RegistrationGate gate;
    private ClientAddresses clientAddresses;

    protected RegistrationResource() {}

    @Inject
    public RegistrationResource(UserService users, RegistrationGate gate, ClientAddresses clientAddresses) {
        this.users = users;
        this.gate = gate;
        this.clientAddresses = clientAddresses;
    }

    @POST
    @PermitAll
    @Operation(summary = "Register", description = "E-mails are unique, ignoring letter case; the role is user.")
    @APIResponse(
            responseCode = "201",
            description = "The new account",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "409", description = "An account with that e-mail exists")
    @APIResponse(
            responseCode = "429",
            description = "20 registrations from the client's address in the last hour; see Retry-After")
    public Response register(@Valid @NotNull NewUserRequest body) {
        gate.admit(clientAddresses.of(request));
        var user = users.register(body.toRegistration());
        return Response.status(Response.Status.CREATED)
                .entity(UserResponse.from(user))
                .build();
    }
}
