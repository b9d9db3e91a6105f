package org.onlinemart.payment.interfaces.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onlinemart.commons.problem.InvalidRequestException;
import org.onlinemart.payment.application.Card;

/**
 * POST /payments. The card number and CVC are checked here by hand rather than by Bean Validation, whose
 * violation reports carry the rejected value: they must never reach a log.
 */
public record PaymentRequest(
        @NotNull @Positive @Schema(examples = "1001") Long orderId,

        @NotNull
        @Schema(
                description = "12 to 19 digits, Luhn-valid; only the last four are kept. The sandbox gateway's test"
                        + " numbers: 4242424242424242 succeeds, 4000000000000002 is declined",
                examples = "4242424242424242")
        String cardNumber,

        @NotNull @Min(1) @Max(12) @Schema(examples = "12") Integer expMonth,

        @NotNull @Min(2000) @Max(9999) @Schema(examples = "2030")
        Integer expYear,

        @NotNull @Schema(description = "3 or 4 digits; never stored", examples = "123")
        String cvc) {

    /** @throws InvalidRequestException naming the field that is not a usable card's */
    Card toCard(YearMonth now) {
        if (!cardNumber.matches("[0-9]{12,19}")) {
            throw new InvalidRequestException("card_number", "must be 12 to 19 digits, nothing else");
        }
        if (!Card.luhnValid(cardNumber)) {
            throw new InvalidRequestException("card_number", "is not a valid card number (its check digit is wrong)");
        }
        if (expYear < now.getYear()) {
            throw new InvalidRequestException("exp_year", "the card has expired");
        }
        if (YearMonth.of(expYear, expMonth).isBefore(now)) {
            throw new InvalidRequestException("exp_month", "the card has expired");
        }
        if (!cvc.matches("[0-9]{3,4}")) {
            throw new InvalidRequestException("cvc", "must be 3 or 4 digits");
        }
        return new Card(cardNumber, expMonth, expYear, cvc);
    }
}
