package org.onlinemart.payment.application;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;
import org.onlinemart.payment.domain.Payment;
import org.onlinemart.payment.domain.PaymentRepository;
import org.onlinemart.payment.domain.PaymentStatus;

/** The payment table in memory, keeping the database's rules: ids in order, one live payment per order. */
final class InMemoryPayments implements PaymentRepository {

    final List<Payment> all = new ArrayList<>();

    @Override
    public boolean add(Payment payment) {
        boolean live =
                all.stream().anyMatch(p -> p.orderId() == payment.orderId() && p.status() != PaymentStatus.FAILED);
        boolean keyTaken = payment.idempotencyKey() != null
                && findByIdempotencyKey(payment.userId(), payment.idempotencyKey())
                        .isPresent();
        if (live || keyTaken) {
            return false;
        }
        try {
            Field id = Payment.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(payment, (long) all.size() + 1);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        all.add(payment);
        return true;
    }

    @Override
    public Optional<Payment> findById(long id) {
        return all.stream().filter(p -> p.id() == id).findFirst();
    }

    @Override
    public Optional<Payment> lockById(long id) {
        return findById(id);
    }

    @Override
    public Optional<Payment> findByIdempotencyKey(long userId, String idempotencyKey) {
        return all.stream()
                .filter(p -> p.userId() == userId && Objects.equals(idempotencyKey, p.idempotencyKey()))
                .findFirst();
    }

    @Override
    public Optional<Payment> lockSucceededOfOrder(long orderId) {
        return all.stream()
                .filter(p -> p.orderId() == orderId && p.status() == PaymentStatus.SUCCEEDED)
                .findFirst();
    }

    @Override
    public List<Payment> lockUnfinishedBefore(Instant cutoff, int limit) {
        return all.stream()
                .filter(p -> p.status() == PaymentStatus.REFUNDING
                        || (p.status() == PaymentStatus.PENDING && p.updatedAt().isBefore(cutoff)))
                .limit(limit)
                .toList();
    }

    @Override
    public Page<Payment> pageOfUser(long userId, PageRequest page) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<Payment> page(PageRequest page) {
        throw new UnsupportedOperationException();
    }
}
