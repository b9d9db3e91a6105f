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
import org.onlinemart.inventory.application.SupplierService;

@Path("/")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SupplierResource {

    private SupplierService suppliers;

    protected SupplierResource() {}

    @Inject
    public SupplierResource(SupplierService suppliers) {
        this.suppliers = suppliers;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Path("add_supplier")
    @Operation(
            summary = "Add a supplier",
            description = "Stock is received from suppliers. E-mail addresses are unique, ignoring letter case, "
                    + "and stored in lower case.")
    @APIResponse(
            responseCode = "201",
            description = "The new supplier",
            content = @Content(schema = @Schema(implementation = SupplierResponse.class)))
    @APIResponse(responseCode = "409", description = "A supplier with that e-mail address exists")
    public Response add(@Valid @NotNull NewSupplierRequest body) {
        var supplier = suppliers.addSupplier(body.supplierName(), body.contact(), body.email(), body.address());
        return Response.status(Response.Status.CREATED)
                .entity(SupplierResponse.from(supplier))
                .build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Path("list-all-suppliers")
    @Operation(summary = "All suppliers, a page at a time", description = "In the order they were added.")
    @APIResponse(responseCode = "200", description = "items, page, size and total")
    public Page<SupplierResponse> all(@Valid @BeanParam PageParameters paging) {
        return suppliers.suppliers(paging.request()).map(SupplierResponse::from);
    }
}
