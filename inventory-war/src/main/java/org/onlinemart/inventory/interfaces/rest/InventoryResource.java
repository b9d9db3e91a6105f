package org.onlinemart.inventory.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.rest.PageParameters;
import org.onlinemart.commons.security.Roles;
import org.onlinemart.inventory.application.InventoryService;

@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InventoryResource {

    private InventoryService inventory;

    protected InventoryResource() {}

    @Inject
    public InventoryResource(InventoryService inventory) {
        this.inventory = inventory;
    }

    @GET
    @PermitAll
    @Path("inventory/{product_id}")
    @Operation(summary = "Stock of one product", description = "How many units can be ordered now.")
    @APIResponse(responseCode = "200", description = "The product's stock")
    @APIResponse(responseCode = "404", description = "Inventory knows no product with that id (yet)")
    public StockResponse stock(@PathParam("product_id") long productId) {
        return StockResponse.from(inventory.item(productId));
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Path("get-all-items")
    @Operation(summary = "Every product's stock, a page at a time", description = "In product id order.")
    @APIResponse(responseCode = "200", description = "One page of items")
    public Page<StockResponse> items(@Valid @BeanParam PageParameters paging) {
        return inventory.items(paging.request()).map(StockResponse::from);
    }
}
