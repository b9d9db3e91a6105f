package org.onlinemart.payment.domain;

import java.util.Optional;

public interface PaymentRepository {

    /** Stores a new payment; false if its idempotency key is taken or its order already has a live payment. */
    boolean add(Payment payment);

    Optional<Payment> findById(long id);

    Optional<Payment> findByIdempotencyKey(long userId, String idempotencyKey);
}
