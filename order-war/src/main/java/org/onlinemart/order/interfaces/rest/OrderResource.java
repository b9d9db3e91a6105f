package org.onlinemart.order.interfaces.rest;

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
import org.onlinemart.commons.security.Caller;
import org.onlinemart.commons.security.Roles;
import org.onlinemart.order.application.OrderService;

/** Reading orders: the caller's own (the token's subject, never an id in the request), and all for admins. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

    private OrderService orders;
    private Caller caller;

    protected OrderResource() {}

    @Inject
    public OrderResource(OrderService orders, Caller caller) {
        this.orders = orders;
        this.caller = caller;
    }

    @GET
    @Path("orders")
    @RolesAllowed({Roles.ADMIN, Roles.USER})
    @Operation(summary = "The caller's orders, a page at a time", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "items, page, size and total")
    public Page<OrderResponse> mine(@Valid @BeanParam PageParameters paging) {
        return orders.ordersOf(caller.userId(), paging.request()).map(OrderResponse::from);
    }

    @GET
    @Path("orders/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.USER})
    @Operation(
            summary = "One of the caller's orders",
            description = "Only the caller's own, admins included: they see everyone's through /all-orders.")
    @APIResponse(responseCode = "200", description = "The order")
    @APIResponse(responseCode = "404", description = "No order of the caller has that id")
    public OrderResponse one(@PathParam("id") long id) {
        return OrderResponse.from(orders.orderOf(caller.userId(), id));
    }

    @GET
    @Path("all-orders")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Every customer's orders, a page at a time", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "items, page, size and total")
    public Page<OrderResponse> all(@Valid @BeanParam PageParameters paging) {
        return orders.allOrders(paging.request()).map(OrderResponse::from);
    }
}
