package org.onlinemart.order.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onlinemart.commons.rest.IdempotencyKey;
import org.onlinemart.commons.security.Caller;
import org.onlinemart.commons.security.Roles;
import org.onlinemart.order.application.Customer;
import org.onlinemart.order.application.OrderLifecycle;
import org.onlinemart.order.application.PlaceOrder;
import org.onlinemart.order.application.PlacedOrder;

/** Placing the caller's cart as an order, and cancelling an order before it is paid (DESIGN.md §3, §5). */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrderPlacementResource {

    private PlaceOrder placeOrder;
    private OrderLifecycle lifecycle;
    private Caller caller;

    @Context
    UriInfo uriInfo;

    protected OrderPlacementResource() {}

    @Inject
    public OrderPlacementResource(PlaceOrder placeOrder, OrderLifecycle lifecycle, Caller caller) {
        this.placeOrder = placeOrder;
        this.lifecycle = lifecycle;
        this.caller = caller;
    }

    @POST
    @Path("order")
    @RolesAllowed({Roles.ADMIN, Roles.USER})
    @Operation(
            summary = "Order the caller's cart",
            description = "Asks product and inventory for current prices and stock, then places a PENDING order at "
                    + "those prices and empties the cart; inventory then reserves the stock and the order becomes "
                    + "CONFIRMED or REJECTED. Repeating an Idempotency-Key returns the order it placed. The cart is "
                    + "kept whenever the order is not placed.")
    @APIResponse(
            responseCode = "201",
            description = "The order, PENDING",
            content = @Content(schema = @Schema(implementation = OrderResponse.class)),
            headers =
                    @Header(
                            name = "Location",
                            description = "The order's URL",
                            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "400",
            description = "The cart is empty, or the Idempotency-Key is not 1-200 visible ASCII characters")
    @APIResponse(
            responseCode = "409",
            description = "A product is unknown or unpriced (errors name it), the stock "
                    + "is short (shortages: product_id, requested, available), or the cart changed meanwhile")
    @APIResponse(responseCode = "503", description = "Product or inventory did not answer in time")
    public Response place(
            @Parameter(
                            in = ParameterIn.HEADER,
                            name = IdempotencyKey.HEADER,
                            description = "Any unique value per intended order, e.g. a UUID")
                    @HeaderParam(IdempotencyKey.HEADER)
                    String idempotencyKey) {
        PlacedOrder placed = placeOrder.place(
                new Customer(caller.userId(), caller.email(), caller.displayName()),
                IdempotencyKey.validated(idempotencyKey));
        // a repeated key gets a 201 with the order the key placed, as it stands now
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("orders/{id}")
                        .build(placed.order().id()))
                .entity(OrderResponse.from(placed.order()))
                .build();
    }

    @POST
    @Path("create-order")
    @RolesAllowed({Roles.ADMIN, Roles.USER})
    @Operation(
            summary = "Order the caller's cart (the original name of POST /order)",
            description = "The same as POST /order.")
    @APIResponse(
            responseCode = "201",
            description = "The order, PENDING",
            content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "400", description = "The cart is empty, or a bad Idempotency-Key")
    @APIResponse(responseCode = "409", description = "Unknown or unpriced products, short stock, or a changed cart")
    @APIResponse(responseCode = "503", description = "Product or inventory did not answer in time")
    public Response createOrder(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey) {
        return place(idempotencyKey);
    }

    @POST
    @Path("orders/{id}/cancel")
    @RolesAllowed({Roles.ADMIN, Roles.USER})
    @Operation(
            summary = "Cancel one of the caller's orders before it is paid",
            description = "A PENDING or CONFIRMED order becomes CANCELLED and its reserved stock is released.")
    @APIResponse(responseCode = "200", description = "The order, CANCELLED")
    @APIResponse(responseCode = "404", description = "No order of the caller has that id")
    @APIResponse(responseCode = "409", description = "The order is paid, refunded, rejected or already cancelled")
    public OrderResponse cancel(@PathParam("id") long id) {
        return OrderResponse.from(lifecycle.cancel(caller.userId(), id));
    }
}
