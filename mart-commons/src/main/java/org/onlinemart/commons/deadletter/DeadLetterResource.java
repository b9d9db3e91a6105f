package org.onlinemart.commons.deadletter;

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

/** Every service's dead letters, for admins: list, read, replay one or all (issue 12). */
@Path("/admin/dead-letters")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    private static final String REPLAY_REACH = " The payload goes, under the Kafka key it was published with (else its"
            + " event id), to the topic it came from, so every consumer group of the topic gets it again: the groups"
            + " that had applied the event skip it as a duplicate (while they keep its processed_event row), the"
            + " consumer that had failed applies it, or dead-letters it again if it still fails.";

    private DeadLetterService deadLetters;

    protected DeadLetterResource() {}

    @Inject
    public DeadLetterResource(DeadLetterService deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @Operation(
            summary = "This service's dead letters, a page at a time",
            description = "Messages a consumer could not process, newest first; errors shortened, payloads left out.")
    @APIResponse(responseCode = "200", description = "items, page, size and total")
    public Page<DeadLetterSummary> list(@Valid @BeanParam PageParameters paging) {
        return deadLetters.newestFirst(paging.request()).map(DeadLetterSummary::from);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One dead letter in full", description = "With the whole error and the payload.")
    @APIResponse(responseCode = "200", description = "The dead letter")
    @APIResponse(responseCode = "404", description = "No dead letter has that id")
    public DeadLetterDetail one(@PathParam("id") long id) {
        return DeadLetterDetail.from(deadLetters.find(id));
    }

    @POST
    @Path("{id}/replay")
    @Operation(
            summary = "Replays one dead letter",
            description = "Once the cause is fixed. It may have been replayed before; replayed_at is set anew."
                    + REPLAY_REACH)
    @APIResponse(responseCode = "200", description = "Republished; the dead letter with its replayed_at")
    @APIResponse(responseCode = "404", description = "No dead letter has that id")
    @APIResponse(
            responseCode = "409",
            description = "It holds no event (its payload could not be decoded) or has no topic: nothing to replay")
    @APIResponse(responseCode = "503", description = "Kafka did not take it; it stays not replayed")
    public DeadLetterSummary replay(@PathParam("id") long id) {
        return DeadLetterSummary.from(deadLetters.replay(id));
    }

    @POST
    @Path("replay")
    @Operation(
            summary = "Replays every dead letter not replayed yet",
            description = "Oldest first, up to " + DeadLetterService.MAX_REPLAYS_PER_CALL + " per call; those that"
                    + " hold no event or have no topic are skipped." + REPLAY_REACH)
    @APIResponse(responseCode = "200", description = "How many were replayed, skipped, and remain for another call")
    @APIResponse(
            responseCode = "503",
            description = "Kafka did not take one; those before it are replayed, it and the rest are not")
    public ReplayAllOutcome replayAll() {
        return deadLetters.replayAll();
    }
}
