package org.onlinemart.commons.deadletter;

import static org.onlinemart.commons.persistence.NativeTimestamps.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;

/**
 * The dead_letter table, read and marked with native SQL: EclipseLink 4.0.9 cannot read a NULL {@code uuid} column
 * (see {@code commons.persistence.NilUuid}), so event_id is read as text.
 */
@ApplicationScoped
public class DeadLetterRepository {

    private static final String COLUMNS =
            "id, consumer, topic, CAST(event_id AS text), message_key, error, failed_at, replayed_at";
    private static final String REPLAYABLE = "event_id IS NOT NULL AND topic IS NOT NULL";

    @PersistenceContext
    EntityManager entityManager;

    /** Newest first, without payloads. */
    public Page<DeadLetter> newestFirst(PageRequest request) {
        List<DeadLetter> items = rows(entityManager
                .createNativeQuery("SELECT " + COLUMNS + " FROM dead_letter ORDER BY id DESC LIMIT ?1 OFFSET ?2")
                .setParameter(1, request.size())
                .setParameter(2, request.offset())
                .getResultList());
        return Page.of(request, items, count("TRUE"));
    }

    /** With its payload. */
    public Optional<DeadLetter> find(long id) {
        return rows(entityManager
                        .createNativeQuery("SELECT " + COLUMNS + ", payload FROM dead_letter WHERE id = ?1")
                        .setParameter(1, id)
                        .getResultList())
                .stream()
                .findFirst();
    }

    /** The oldest replayable rows not replayed yet, with their payloads, from the id on. */
    public List<DeadLetter> notReplayedFrom(long fromId, int limit) {
        return rows(entityManager
                .createNativeQuery("SELECT " + COLUMNS + ", payload FROM dead_letter WHERE replayed_at IS NULL AND "
                        + REPLAYABLE + " AND id >= ?1 ORDER BY id LIMIT ?2")
                .setParameter(1, fromId)
                .setParameter(2, limit)
                .getResultList());
    }

    public long countNotReplayable() {
        return count("replayed_at IS NULL AND NOT (" + REPLAYABLE + ")");
    }

    public long countReplayableNotReplayed() {
        return count("replayed_at IS NULL AND " + REPLAYABLE);
    }

    @Transactional
    public void markReplayed(long id) {
        entityManager
                .createNativeQuery("UPDATE dead_letter SET replayed_at = now() WHERE id = ?1")
                .setParameter(1, id)
                .executeUpdate();
    }

    private long count(String where) {
        return ((Number) entityManager
                        .createNativeQuery("SELECT count(*) FROM dead_letter WHERE " + where)
                        .getSingleResult())
                .longValue();
    }

    private static List<DeadLetter> rows(List<?> result) {
        return result.stream().map(row -> row((Object[]) row)).toList();
    }

    static DeadLetter row(Object[] row) {
        return new DeadLetter(
                ((Number) row[0]).longValue(),
                (String) row[1],
                (String) row[2],
                row[3] == null ? null : UUID.fromString((String) row[3]),
                (String) row[4],
                row.length > 8 ? (String) row[8] : null,
                (String) row[5],
                instant(row[6]),
                instant(row[7]));
    }
}
