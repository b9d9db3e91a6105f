package org.onlinemart.order.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onlinemart.commons.security.Caller;
import org.onlinemart.commons.security.Roles;
import org.onlinemart.order.application.CartService;

/** The caller's cart (the token's subject, never an id in the request); every answer is the whole cart. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CartResource {

    private CartService carts;
    private Caller caller;

    protected CartResource() {}

    @Inject
    public CartResource(CartService carts, Caller caller) {
        this.carts = carts;
        this.caller = caller;
    }

    @POST
    @Path("add-to-cart")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.USER})
    @Operation(
            summary = "Put units of a product into the caller's cart",
            description = "Adds to what the cart holds of the product already. The product needs a price, and the "
                    + "cart may not hold more of it than is available, both as the order service last heard from "
                    + "product and inventory. quantity 1..1000; at most 1000 units of a product and 100 products "
                    + "per cart.")
    @APIResponse(responseCode = "200", description = "The cart, with current prices")
    @APIResponse(responseCode = "404", description = "The product is unknown or has no price yet")
    @APIResponse(
            responseCode = "409",
            description = "The cart would exceed the available stock (the problem says "
                    + "how many are available), 1000 units of the product or 100 products")
    public CartResponse add(@Valid @NotNull AddToCartRequest body) {
        return CartResponse.from(carts.add(caller.userId(), body.productId(), body.quantity()));
    }

    @GET
    @Path("view-cart")
    @RolesAllowed({Roles.ADMIN, Roles.USER})
    @Operation(
            summary = "The caller's cart",
            description = "Each product with its current name and price, its quantity and line total, and the "
                    + "cart's total. A cart never filled is empty.")
    @APIResponse(responseCode = "200", description = "items and total_price")
    public CartResponse view() {
        return CartResponse.from(carts.cartOf(caller.userId()));
    }

    @PUT
    @Path("update-cart")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.USER})
    @Operation(
            summary = "Set how many units of a product the caller's cart holds",
            description = "quantity 0..1000; 0 removes the product. The new quantity may not exceed the available "
                    + "stock.")
    @APIResponse(responseCode = "200", description = "The cart, with current prices")
    @APIResponse(responseCode = "404", description = "The product is not in the cart")
    @APIResponse(
            responseCode = "409",
            description = "The quantity exceeds the available stock; the problem says " + "how many are available")
    public CartResponse update(@Valid @NotNull UpdateCartRequest body) {
        return CartResponse.from(carts.update(caller.userId(), body.productId(), body.quantity()));
    }

    @DELETE
    @Path("delete-item-from-cart")
    @RolesAllowed({Roles.ADMIN, Roles.USER})
    @Operation(summary = "Take a product out of the caller's cart")
    @APIResponse(responseCode = "200", description = "The cart, with current prices")
    @APIResponse(responseCode = "400", description = "product_id missing, not a number or below 1")
    @APIResponse(responseCode = "404", description = "The product is not in the cart")
    public CartResponse remove(@QueryParam("product_id") @NotNull @Min(1) Long productId) {
        return CartResponse.from(carts.remove(caller.userId(), productId));
    }
}
