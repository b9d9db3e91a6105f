package org.onlinemart.product.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onlinemart.commons.security.Roles;
import org.onlinemart.product.application.CatalogService;

@Path("/")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

    private CatalogService catalog;

    protected CategoryResource() {}

    @Inject
    public CategoryResource(CatalogService catalog) {
        this.catalog = catalog;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Path("category-creation")
    @Operation(summary = "Create a category", description = "Category names are unique, ignoring letter case.")
    @APIResponse(
            responseCode = "201",
            description = "The new category",
            content = @Content(schema = @Schema(implementation = CategoryResponse.class)))
    @APIResponse(responseCode = "409", description = "A category of that name exists")
    public Response create(@Valid @NotNull NewCategoryRequest body) {
        var category = catalog.createCategory(body.categoryName(), body.description());
        return Response.status(Response.Status.CREATED)
                .entity(CategoryResponse.from(category))
                .build();
    }

    @GET
    @PermitAll
    @Path("list-all-categories")
    @Operation(summary = "Every category", description = "By name, ignoring letter case.")
    @APIResponse(responseCode = "200", description = "The categories")
    public List<CategoryResponse> categories() {
        return catalog.categories().stream().map(CategoryResponse::from).toList();
    }
}
