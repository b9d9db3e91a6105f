-- One row per notifying event (order_notification, payment_notification): the mail to send and how that went.
CREATE TABLE notification (
    id         BIGSERIAL PRIMARY KEY,
    -- the event that caused it: a redelivered event finds its row instead of mailing twice
    event_id   UUID          NOT NULL UNIQUE,
    -- whose it is; payment_notification carries no user id (DESIGN.md §4), so it may be unknown
    user_id    BIGINT,
    recipient  VARCHAR(254)  NOT NULL,
    subject    VARCHAR(300)  NOT NULL,
    -- kept so that a failed send can be retried without the event
    body       TEXT          NOT NULL,
    status     VARCHAR(10)   NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts   INTEGER       NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error TEXT,
    created_at TIMESTAMPTZ   NOT NULL DEFAULT now(),
    sent_at    TIMESTAMPTZ
);
-- the caller's notifications, newest first
CREATE INDEX notification_user_created ON notification (user_id, created_at DESC, id DESC);
-- the admin's list, newest first
CREATE INDEX notification_created ON notification (created_at DESC, id DESC);
-- the sender picks up what is still to send, oldest first
CREATE INDEX notification_pending ON notification (id) WHERE status = 'PENDING';
