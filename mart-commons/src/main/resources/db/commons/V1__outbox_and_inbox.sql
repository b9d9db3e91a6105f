-- The reliability tables every service shares (DESIGN.md §6); history kept in commons_schema_history.

CREATE TABLE outbox_message (
    id              BIGSERIAL PRIMARY KEY,
    event_id        UUID         NOT NULL UNIQUE,
    topic           VARCHAR(200) NOT NULL,
    message_key     VARCHAR(200) NOT NULL,
    payload         TEXT         NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    attempts        INTEGER      NOT NULL DEFAULT 0,
    last_error      TEXT,
    sent_at         TIMESTAMPTZ
);
-- the relay reads unsent rows oldest first
CREATE INDEX outbox_message_unsent ON outbox_message (id) WHERE sent_at IS NULL;

CREATE TABLE processed_event (
    event_id     UUID         NOT NULL,
    consumer     VARCHAR(100) NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, consumer)
);

CREATE TABLE dead_letter (
    id        BIGSERIAL PRIMARY KEY,
    consumer  VARCHAR(100) NOT NULL,
    event_id  UUID,
    payload   TEXT         NOT NULL,
    error     TEXT         NOT NULL,
    failed_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
