package org.onlinemart.notification.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.rest.PageParameters;
import org.onlinemart.commons.security.Caller;
import org.onlinemart.commons.security.Roles;
import org.onlinemart.notification.application.NotificationService;

/** The notification log: the caller's own (the token's subject), or everyone's for an admin. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private NotificationService notifications;
    private Caller caller;

    protected NotificationResource() {}

    @Inject
    public NotificationResource(NotificationService notifications, Caller caller) {
        this.notifications = notifications;
        this.caller = caller;
    }

    @GET
    @Path("notifications")
    @RolesAllowed({Roles.ADMIN, Roles.USER})
    @Operation(
            summary = "Notifications, a page at a time",
            description = "Newest first: the caller's own; an admin sees everyone's.")
    @APIResponse(responseCode = "200", description = "items, page, size and total")
    public Page<NotificationResponse> list(@Valid @BeanParam PageParameters paging) {
        return notifications
                .visibleTo(caller.userId(), caller.isAdmin(), paging.request())
                .map(NotificationResponse::from);
    }
}
