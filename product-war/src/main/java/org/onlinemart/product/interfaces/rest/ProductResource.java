package org.onlinemart.product.interfaces.rest;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.rest.PageParameters;
import org.onlinemart.commons.security.Roles;
import org.onlinemart.product.application.CatalogService;

@Path("/")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    private CatalogService catalog;

    protected ProductResource() {}

    @Inject
    public ProductResource(CatalogService catalog) {
        this.catalog = catalog;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Path("product-creation")
    @Operation(
            summary = "Define a product",
            description = "Publishes inventory_creation, after which inventory shows the product with 0 available.")
    @APIResponse(
            responseCode = "201",
            description = "The new product",
            content = @Content(schema = @Schema(implementation = ProductResponse.class)))
    @APIResponse(responseCode = "404", description = "No category has that id")
    public Response create(@Valid @NotNull NewProductRequest body) {
        var product = catalog.createProduct(body.productName(), body.categoryId(), body.description());
        return Response.created(UriBuilder.fromPath("/products/{id}").build(product.id()))
                .entity(ProductResponse.from(product))
                .build();
    }

    @GET
    @PermitAll
    @Path("products/{id}")
    @Operation(summary = "One product", description = "With its category and current price (null while it has none).")
    @APIResponse(responseCode = "200", description = "The product")
    @APIResponse(responseCode = "404", description = "No product has that id")
    public ProductResponse product(@PathParam("id") long id) {
        return ProductResponse.from(catalog.product(id));
    }

    @GET
    @PermitAll
    @Path("all-products")
    @Operation(
            summary = "Every product, a page at a time",
            description = "In product id order, each with its current price (null while it has none).")
    @APIResponse(responseCode = "200", description = "One page of products")
    public Page<ProductResponse> products(@Valid @BeanParam PageParameters paging) {
        return catalog.products(paging.request()).map(ProductResponse::from);
    }
}
