package org.onlinemart.inventory.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onlinemart.commons.security.Roles;
import org.onlinemart.inventory.application.InventoryService;

@Path("/")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class StockInResource {

    private InventoryService inventory;

    protected StockInResource() {}

    @Inject
    public StockInResource(InventoryService inventory) {
        this.inventory = inventory;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Path("stockin")
    @Operation(
            summary = "Receive stock of a product",
            description = "Records a delivery into a warehouse from a supplier and adds its quantity to what is "
                    + "available, in one transaction with the inventory_data event that tells the order service. "
                    + "Concurrent stock-ins of one product all count. quantity 1..1000000; cost at least 0 with "
                    + "at most 2 decimals; dates as ISO dates, expiry_date not before manufacture_date.")
    @APIResponse(
            responseCode = "201",
            description = "The recorded delivery and the product's new availability",
            content = @Content(schema = @Schema(implementation = StockInResponse.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such product (in inventory), warehouse or supplier; " + "the problem's detail says which")
    public Response receive(@Valid @NotNull StockInRequest body) {
        var received = inventory.receive(body.toCommand());
        return Response.status(Response.Status.CREATED)
                .entity(StockInResponse.from(received))
                .build();
    }
}
