package org.onlinemart.payment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;

public interface PaymentRepository {

    /** Stores a new payment; false if its idempotency key is taken or its order already has a live payment. */
    boolean add(Payment payment);

    Optional<Payment> findById(long id);

    /** The payment, locked for this transaction. */
    Optional<Payment> lockById(long id);

    Optional<Payment> findByIdempotencyKey(long userId, String idempotencyKey);

    /** The order's SUCCEEDED payment, if it has one, locked for this transaction. */
    Optional<Payment> lockSucceededOfOrder(long orderId);

    /**
     * Payments left in a status that waits for the gateway (PENDING, REFUNDING) since before {@code cutoff},
     * locked for this transaction; ones another transaction has locked are skipped.
     */
    List<Payment> lockUnfinishedBefore(Instant cutoff, int limit);

    /** One user's payments, newest first. */
    Page<Payment> pageOfUser(long userId, PageRequest page);

    /** Everyone's payments, newest first. */
    Page<Payment> page(PageRequest page);
}
