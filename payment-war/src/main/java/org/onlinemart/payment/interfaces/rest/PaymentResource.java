package org.onlinemart.payment.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.rest.IdempotencyKey;
import org.onlinemart.commons.rest.PageParameters;
import org.onlinemart.commons.security.Caller;
import org.onlinemart.commons.security.Roles;
import org.onlinemart.payment.application.PayOrder;
import org.onlinemart.payment.application.Payer;
import org.onlinemart.payment.application.PaymentService;
import org.onlinemart.payment.domain.Payment;

/** Paying the caller's orders and reading payments: one's own, and everyone's for admins. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    private PayOrder payOrder;
    private PaymentService payments;
    private Caller caller;

    @Context
    UriInfo uriInfo;

    protected PaymentResource() {}

    @Inject
    public PaymentResource(PayOrder payOrder, PaymentService payments, Caller caller) {
        this.payOrder = payOrder;
        this.payments = payments;
        this.caller = caller;
    }

    @POST
    @Path("payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.USER})
    @Operation(
            summary = "Pay one of the caller's CONFIRMED orders with a card",
            description = "The amount is the order's. The gateway is SandboxGateway, a simulator: Luhn-valid numbers"
                    + " succeed, 4000000000000002 is declined, 4000000000009995 has insufficient funds. Repeating an"
                    + " Idempotency-Key returns the payment it made.")
    @APIResponse(
            responseCode = "201",
            description = "The payment, SUCCEEDED",
            content = @Content(schema = @Schema(implementation = PaymentResponse.class)))
    @APIResponse(responseCode = "402", description = "Declined; the payment is recorded FAILED (payment_id)")
    @APIResponse(responseCode = "404", description = "No order of the caller has that id")
    @APIResponse(
            responseCode = "409",
            description = "The order is not CONFIRMED, is paid or being paid, or payment has not heard of it yet")
    @APIResponse(responseCode = "503", description = "The gateway did not answer; the payment is resolved shortly")
    public Response pay(
            @Valid @NotNull PaymentRequest body, @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey) {
        Payment payment = payOrder.pay(
                new Payer(caller.userId(), caller.email(), caller.displayName()),
                body.orderId(),
                body.toCard(YearMonth.now(ZoneOffset.UTC)),
                IdempotencyKey.validated(idempotencyKey));
        return Response.created(
                        uriInfo.getBaseUriBuilder().path("payments/{id}").build(payment.id()))
                .entity(PaymentResponse.from(payment))
                .build();
    }

    @GET
    @Path("payments")
    @RolesAllowed({Roles.ADMIN, Roles.USER})
    @Operation(summary = "The caller's payments, a page at a time", description = "Newest first; admins see all.")
    @APIResponse(responseCode = "200", description = "items, page, size and total")
    public Page<PaymentResponse> list(@Valid @BeanParam PageParameters paging) {
        return payments.visibleTo(caller.userId(), caller.isAdmin(), paging.request())
                .map(PaymentResponse::from);
    }

    @GET
    @Path("payments/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.USER})
    @Operation(summary = "One payment", description = "The caller's own; admins read any.")
    @APIResponse(responseCode = "200", description = "The payment")
    @APIResponse(responseCode = "404", description = "No payment of the caller has that id")
    public PaymentResponse one(@PathParam("id") long id) {
        return PaymentResponse.from(payments.paymentVisibleTo(caller.userId(), caller.isAdmin(), id));
    }
}
