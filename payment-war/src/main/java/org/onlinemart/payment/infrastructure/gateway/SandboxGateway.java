package org.onlinemart.payment.infrastructure.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.onlinemart.payment.application.Card;
import org.onlinemart.payment.application.PaymentGateway;

/**
 * A SIMULATED payment gateway for development and tests; it moves no money. Luhn-valid card numbers are approved,
 * except the test cards 4000000000000002 (declined) and 4000000000009995 (insufficient funds). Like a real
 * gateway it remembers what it did per reference (in its own table, {@code sandbox_charge}, committed on its
 * own), so a repeated charge or refund changes nothing and recovery can ask what became of a charge. Replace it
 * with an adapter to a real provider behind {@link PaymentGateway}.
 */
@ApplicationScoped
public class SandboxGateway implements PaymentGateway {

    static final String DECLINED_CARD = "4000000000000002";
    static final String INSUFFICIENT_FUNDS_CARD = "4000000000009995";

    @PersistenceContext
    EntityManager entityManager;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Charge charge(String reference, BigDecimal amount, Card card) {
        Charge decided = decide(card);
        entityManager
                .createNativeQuery("""
                        INSERT INTO sandbox_charge (reference, approved, decline_reason, amount, card_last4)
                        VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (reference) DO NOTHING""")
                .setParameter(1, reference)
                .setParameter(2, decided.approved())
                .setParameter(3, decided.declineReason())
                .setParameter(4, amount)
                .setParameter(5, card.last4())
                .executeUpdate();
        return chargeOf(reference).orElseThrow();
    }

    /** What a card gets: the answer of the first call with a reference stands for every later one. */
    static Charge decide(Card card) {
        return switch (card.number()) {
            case DECLINED_CARD -> Charge.declined("the card was declined by its issuer");
            case INSUFFICIENT_FUNDS_CARD -> Charge.declined("insufficient funds");
            default -> Charge.approvedCharge();
        };
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Charge> chargeOf(String reference) {
        List<?> rows = entityManager
                .createNativeQuery("SELECT approved, decline_reason FROM sandbox_charge WHERE reference = ?1")
                .setParameter(1, reference)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return Boolean.TRUE.equals(columns[0]) ? Charge.approvedCharge() : Charge.declined((String) columns[1]);
        });
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refund(String reference) {
        int refunded = entityManager
                .createNativeQuery("UPDATE sandbox_charge SET refunded = true WHERE reference = ?1 AND approved")
                .setParameter(1, reference)
                .executeUpdate();
        if (refunded == 0) {
            throw new IllegalStateException("the sandbox approved no charge " + reference + " to refund");
        }
    }
}
