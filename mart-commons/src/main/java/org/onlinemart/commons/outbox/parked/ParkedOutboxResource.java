package org.onlinemart.commons.outbox.parked;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.rest.PageParameters;
import org.onlinemart.commons.security.Roles;

/** Every service's parked outbox rows, for admins: list them, and release one or all once the cause is fixed. */
@Path("/admin/outbox/parked")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ParkedOutboxResource {

    private static final String PARKING = " The relay parks a row that fails on its own (Kafka takes the rows behind"
            + " it) ten times, such as one too large or for a topic that does not exist; rows with its topic and key"
            + " wait behind it, so that they keep their order.";

    private ParkedMessages parked;

    protected ParkedOutboxResource() {}

    @Inject
    public ParkedOutboxResource(ParkedMessages parked) {
        this.parked = parked;
    }

    @GET
    @Operation(summary = "This service's parked outbox rows, oldest first", description = "Unsent events." + PARKING)
    @APIResponse(responseCode = "200", description = "items, page, size and total")
    public Page<ParkedMessageResponse> list(@Valid @BeanParam PageParameters paging) {
        return parked.oldestFirst(paging.request()).map(ParkedMessageResponse::from);
    }

    @POST
    @Path("{id}/release")
    @Operation(
            summary = "Puts one parked row back in line",
            description = "The relay tries it again at once, with a fresh count of failures." + PARKING)
    @APIResponse(responseCode = "200", description = "The row, no longer parked")
    @APIResponse(responseCode = "404", description = "No parked row has that id")
    public ParkedMessageResponse release(@PathParam("id") long id) {
        return ParkedMessageResponse.from(parked.release(id));
    }

    @POST
    @Path("release")
    @Operation(summary = "Puts every parked row back in line", description = "Oldest first, in order." + PARKING)
    @APIResponse(responseCode = "200", description = "How many were released")
    public ReleaseAllOutcome releaseAll() {
        return new ReleaseAllOutcome(parked.releaseAll());
    }
}
