-- Orders and their lines (DESIGN.md §5). "order" is a reserved word in SQL, hence customer_order.
CREATE TABLE customer_order (
    id              BIGSERIAL PRIMARY KEY,
    user_id         BIGINT        NOT NULL,
    -- copied from the token when the order is placed: notifications need them, the user service is not asked
    user_email      VARCHAR(254)  NOT NULL,
    user_name       VARCHAR(100)  NOT NULL,
    status          VARCHAR(20)   NOT NULL
        CHECK (status IN ('PENDING', 'CONFIRMED', 'REJECTED', 'CANCELLED', 'PAID', 'REFUNDED')),
    total_price     NUMERIC(12,2) NOT NULL CHECK (total_price >= 0),
    idempotency_key VARCHAR(200),
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    -- optimistic lock: the saga's replies, a cancel and the payment grace timer may race on one order
    version         BIGINT        NOT NULL DEFAULT 0,
    -- a repeated Idempotency-Key finds the order it created; NULL keys never collide
    CONSTRAINT customer_order_idempotency UNIQUE (user_id, idempotency_key)
);
-- the caller's orders, newest first
CREATE INDEX customer_order_user_created ON customer_order (user_id, created_at DESC, id DESC);
-- the admin's list, newest first
CREATE INDEX customer_order_created ON customer_order (created_at DESC, id DESC);
-- CONFIRMED orders unpaid past the grace period are cancelled: updated_at is when they were confirmed
CREATE INDEX customer_order_confirmed ON customer_order (updated_at) WHERE status = 'CONFIRMED';

-- the lines are fixed when the order is placed: the name and price the customer saw, not today's
CREATE TABLE order_line (
    order_id     BIGINT        NOT NULL REFERENCES customer_order (id) ON DELETE CASCADE,
    product_id   BIGINT        NOT NULL,
    product_name VARCHAR(200)  NOT NULL,
    unit_price   NUMERIC(12,2) NOT NULL CHECK (unit_price >= 0),
    quantity     INTEGER       NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (order_id, product_id)
);
