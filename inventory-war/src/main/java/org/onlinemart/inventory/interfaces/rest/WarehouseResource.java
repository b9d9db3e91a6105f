package org.onlinemart.inventory.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.rest.PageParameters;
import org.onlinemart.commons.security.Roles;
import org.onlinemart.inventory.application.WarehouseService;

@Path("/")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class WarehouseResource {

    private WarehouseService warehouses;

    protected WarehouseResource() {}

    @Inject
    public WarehouseResource(WarehouseService warehouses) {
        this.warehouses = warehouses;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Path("add_warehouse")
    @Operation(summary = "Add a warehouse", description = "A place stock is received into (POST /stockin).")
    @APIResponse(
            responseCode = "201",
            description = "The new warehouse",
            content = @Content(schema = @Schema(implementation = WarehouseResponse.class)))
    public Response add(@Valid @NotNull NewWarehouseRequest body) {
        var warehouse = warehouses.addWarehouse(body.warehouseName(), body.location());
        return Response.status(Response.Status.CREATED)
                .entity(WarehouseResponse.from(warehouse))
                .build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Path("get-all-warehouses")
    @Operation(summary = "All warehouses, a page at a time", description = "In the order they were added.")
    @APIResponse(responseCode = "200", description = "items, page, size and total")
    public Page<WarehouseResponse> all(@Valid @BeanParam PageParameters paging) {
        return warehouses.warehouses(paging.request()).map(WarehouseResponse::from);
    }
}
