package org.onlinemart.payment.infrastructure.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.onlinemart.payment.application.Card;
import org.onlinemart.payment.application.PaymentGateway.Charge;

class SandboxGatewayTest {

    private static Charge decided(String number) {
        return SandboxGateway.decide(new Card(number, 12, 2030, "123"));
    }

    @Test
    void theTestCardsAreDeclinedAndOtherValidNumbersApproved() {
        assertEquals(Charge.approvedCharge(), decided("4242424242424242"));
        assertEquals(Charge.declined("the card was declined by its issuer"), decided("4000000000000002"));
        assertEquals(Charge.declined("insufficient funds"), decided("4000000000009995"));
    }
}
