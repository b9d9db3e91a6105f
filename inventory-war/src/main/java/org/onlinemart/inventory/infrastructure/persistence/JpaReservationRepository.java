package org.onlinemart.inventory.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.onlinemart.inventory.domain.Reservation;
import org.onlinemart.inventory.domain.ReservationLine;
import org.onlinemart.inventory.domain.ReservationRepository;

@ApplicationScoped
public class JpaReservationRepository implements ReservationRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public boolean claim(Reservation reservation) {
        // ON CONFLICT, not persist(): a duplicate key would abort the whole transaction, the caller's inbox row too
        int claimed = entityManager
                .createNativeQuery("""
                        INSERT INTO reservation (order_id, status) VALUES (?1, ?2)
                        ON CONFLICT (order_id) DO NOTHING""")
                .setParameter(1, reservation.orderId())
                .setParameter(2, reservation.status().name())
                .executeUpdate();
        if (claimed == 1 && !reservation.lines().isEmpty()) {
            insertLines(reservation.orderId(), reservation.lines());
        }
        return claimed == 1;
    }

    private void insertLines(long orderId, List<ReservationLine> lines) {
        // one statement for all lines; every parameter has a position of its own
        String rows = IntStream.range(0, lines.size())
                .mapToObj(i -> "(?" + (3 * i + 1) + ", ?" + (3 * i + 2) + ", ?" + (3 * i + 3) + ")")
                .collect(Collectors.joining(", "));
        Query insert = entityManager.createNativeQuery(
                "INSERT INTO reservation_line (order_id, product_id, quantity) VALUES " + rows);
        for (int i = 0; i < lines.size(); i++) {
            insert.setParameter(3 * i + 1, orderId)
                    .setParameter(3 * i + 2, lines.get(i).productId())
                    .setParameter(3 * i + 3, lines.get(i).quantity());
        }
        insert.executeUpdate();
    }

    @Override
    public Optional<Reservation> lockByOrderId(long orderId) {
        // SELECT ... FOR UPDATE: a second release of this order waits for our commit, then finds it RELEASED
        return Optional.ofNullable(entityManager.find(Reservation.class, orderId, LockModeType.PESSIMISTIC_WRITE));
    }
}
