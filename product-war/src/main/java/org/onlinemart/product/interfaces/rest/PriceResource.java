package org.onlinemart.product.interfaces.rest;

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
import org.onlinemart.product.application.NewPrice;
import org.onlinemart.product.application.PricingService;

@Path("/")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PriceResource {

    private PricingService pricing;

    protected PriceResource() {}

    @Inject
    public PriceResource(PricingService pricing) {
        this.pricing = pricing;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Path("product-price")
    @Operation(
            summary = "Set a product's price",
            description = "The current price is the latest whose effective_date has come (of two at the same instant, "
                    + "the one set last). A price that is current at once is published on product_data now; a "
                    + "future-dated one when its effective_date comes.")
    @APIResponse(
            responseCode = "201",
            description = "The price as stored",
            content = @Content(schema = @Schema(implementation = PriceResponse.class)))
    @APIResponse(
            responseCode = "400",
            description =
                    "price not above 0 or with more than 2 decimals, " + "or effective_date not an ISO-8601 instant")
    @APIResponse(responseCode = "404", description = "No product has that id")
    public Response setPrice(@Valid @NotNull NewPriceRequest body) {
        var price = pricing.setPrice(new NewPrice(body.productId(), body.price(), body.effectiveDate()));
        return Response.status(Response.Status.CREATED)
                .entity(PriceResponse.from(price))
                .build();
    }
}
