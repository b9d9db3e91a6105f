package org.onlinemart.user.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.rest.PageParameters;
import org.onlinemart.commons.security.Caller;
import org.onlinemart.commons.security.Roles;
import org.onlinemart.user.application.UserService;

/**
 * Signed-in account work: the caller's own account and the admin endpoints. The caller is always the
 * token's subject, never an id in the request.
 */
@Path("/")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    private UserService users;
    private Caller caller;

    protected UserResource() {}

    @Inject
    public UserResource(UserService users, Caller caller) {
        this.users = users;
        this.caller = caller;
    }

    @GET
    @Path("me")
    @RolesAllowed({Roles.ADMIN, Roles.USER})
    @Operation(summary = "The caller's account")
    @APIResponse(responseCode = "200", description = "The account the token names")
    @APIResponse(responseCode = "404", description = "The account was deleted since the token was issued")
    public UserResponse me() {
        return UserResponse.from(users.user(caller.userId()));
    }

    @PUT
    @Path("update_user")
    @RolesAllowed({Roles.ADMIN, Roles.USER})
    @Operation(
            summary = "Change the caller's name, phone number or password",
            description = "Fields left out stay as they are. A new password works for the next login.")
    @APIResponse(responseCode = "200", description = "The account as changed")
    @APIResponse(responseCode = "400", description = "A field is invalid")
    public UserResponse update(@Valid @NotNull UserUpdateRequest body) {
        return UserResponse.from(users.update(caller.userId(), body.toChanges()));
    }

    @GET
    @Path("get-all-users")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "All accounts, a page at a time", description = "In registration order.")
    @APIResponse(responseCode = "200", description = "items, page, size and total")
    public Page<UserResponse> all(@Valid @BeanParam PageParameters paging) {
        return users.page(paging.request()).map(UserResponse::from);
    }

    @DELETE
    @Path("delete_user")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete an account", description = "Admins cannot delete their own account.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "user_id_to_delete is missing")
    @APIResponse(responseCode = "404", description = "No account has that id")
    @APIResponse(responseCode = "409", description = "It is the caller's own account")
    public Response delete(@QueryParam("user_id_to_delete") @NotNull Long userIdToDelete) {
        users.delete(caller.userId(), userIdToDelete);
        return Response.noContent().build();
    }

    @POST
    @Path("add_admin")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create an admin", description = "An account with role admin that can sign in.")
    @APIResponse(
            responseCode = "201",
            description = "The new admin",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "409", description = "An account with that e-mail exists")
    public Response addAdmin(@Valid @NotNull NewAdminRequest body) {
        var admin = users.register(body.toRegistration());
        return Response.status(Response.Status.CREATED)
                .entity(UserResponse.from(admin))
                .build();
    }
}
