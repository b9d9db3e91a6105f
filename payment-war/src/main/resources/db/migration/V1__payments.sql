-- Payments of orders (DESIGN.md §3). Only the card's last four digits are ever stored.
CREATE TABLE payment (
    id              BIGSERIAL PRIMARY KEY,
    order_id        BIGINT        NOT NULL,
    user_id         BIGINT        NOT NULL,
    status          VARCHAR(10)   NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED', 'REFUNDED')),
    amount          NUMERIC(12,2) NOT NULL CHECK (amount > 0),
    card_last4      VARCHAR(4)    NOT NULL CHECK (card_last4 ~ '^[0-9]{4}$'),
    idempotency_key VARCHAR(200),
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    -- a repeated Idempotency-Key finds the payment it made; NULL keys never collide
    CONSTRAINT payment_idempotency UNIQUE (user_id, idempotency_key)
);
-- an order is charged at most once: only declined (FAILED) attempts may sit beside its live payment
CREATE UNIQUE INDEX payment_one_live_per_order ON payment (order_id) WHERE status <> 'FAILED';
CREATE INDEX payment_order ON payment (order_id);
