package org.onlinemart.payment.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onlinemart.commons.security.Caller;
import org.onlinemart.commons.security.Roles;
import org.onlinemart.payment.application.PaymentService;

/** Reading payments: only the caller's own (the token's subject, never an id in the request). */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    private PaymentService payments;
    private Caller caller;

    protected PaymentResource() {}

    @Inject
    public PaymentResource(PaymentService payments, Caller caller) {
        this.payments = payments;
        this.caller = caller;
    }

    @GET
    @Path("payments/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.USER})
    @Operation(summary = "One of the caller's payments", description = "Another customer's payment is a 404.")
    @APIResponse(responseCode = "200", description = "The payment")
    @APIResponse(responseCode = "404", description = "No payment of the caller has that id")
    public PaymentResponse one(@PathParam("id") long id) {
        return PaymentResponse.from(payments.paymentOf(caller.userId(), id));
    }
}
