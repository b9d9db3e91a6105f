package org.onlinemart.commons.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One event waiting to be published, written in the same transaction as the change that caused it. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    private static final int MAX_ERROR_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    private UUID eventId;

    @Column(nullable = false, updatable = false)
    private String topic;

    @Column(name = "message_key", nullable = false, updatable = false)
    private String messageKey;

    @Column(nullable = false, updatable = false)
    private String payload;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "solo_failures")
    private int soloFailures;

    @Column(name = "parked_at")
    private Instant parkedAt;

    protected OutboxMessage() {}

    OutboxMessage(UUID eventId, String topic, String messageKey, String payload) {
        this.eventId = eventId;
        this.topic = topic;
        this.messageKey = messageKey;
        this.payload = payload;
        this.createdAt = Instant.now();
    }

    void markSent() {
        attempts++;
        sentAt = Instant.now();
        lastError = null;
    }

    /** @param alone whether rows behind it were published meanwhile: then the failure is this row's own */
    void recordFailure(String error, boolean alone) {
        attempts++;
        if (alone) {
            soloFailures++;
        }
        lastError = error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }

    int soloFailures() {
        return soloFailures;
    }

    /** No longer tried until released; the rows of its topic and key wait behind it. */
    void park() {
        parkedAt = Instant.now();
    }

    /** Back in line after an admin fixed the cause: tried again, with a fresh count. */
    public void release() {
        parkedAt = null;
        soloFailures = 0;
    }

    public Long id() {
        return id;
    }

    public String lastError() {
        return lastError;
    }

    public Instant parkedAt() {
        return parkedAt;
    }

    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public UUID eventId() {
        return eventId;
    }

    public String topic() {
        return topic;
    }

    public String messageKey() {
        return messageKey;
    }

    public String payload() {
        return payload;
    }
}
