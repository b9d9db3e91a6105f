package org.onlinemart.payment.interfaces.rest;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onlinemart.commons.security.Roles;
import org.onlinemart.payment.application.Refunds;

/** Admins give a payment's money back; the order becomes REFUNDED and its stock returns. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RefundResource {

    private Refunds refunds;

    protected RefundResource() {}

    @Inject
    public RefundResource(Refunds refunds) {
        this.refunds = refunds;
    }

    @POST
    @Path("refunds")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Refund a SUCCEEDED payment",
            description = "Once per payment. The answer is the payment, REFUNDED, or REFUNDING while the gateway has"
                    + " not answered (it is asked again until it does).")
    @APIResponse(responseCode = "200", description = "The payment")
    @APIResponse(responseCode = "404", description = "No payment has that id")
    @APIResponse(responseCode = "409", description = "The payment is not SUCCEEDED (refunded already, failed, ...)")
    public PaymentResponse refund(@Valid @NotNull RefundRequest body) {
        return PaymentResponse.from(refunds.refund(body.paymentId()));
    }
}
