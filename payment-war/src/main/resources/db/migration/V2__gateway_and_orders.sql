-- The orders payment may charge, as order_status tells them (DESIGN.md §4): the amount and owner come from here.
CREATE TABLE payable_order (
    order_id   BIGINT PRIMARY KEY,
    user_id    BIGINT        NOT NULL,
    status     VARCHAR(12)   NOT NULL,
    amount     NUMERIC(12,2) NOT NULL CHECK (amount > 0),
    updated_at TIMESTAMPTZ   NOT NULL DEFAULT now()
);

-- Who is mailed about a payment, why one failed, and REFUNDING while the gateway gives the money back.
ALTER TABLE payment ADD COLUMN user_email VARCHAR(254) NOT NULL DEFAULT '';
ALTER TABLE payment ADD COLUMN user_name VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE payment ALTER COLUMN user_email DROP DEFAULT;
ALTER TABLE payment ALTER COLUMN user_name DROP DEFAULT;
ALTER TABLE payment ADD COLUMN failure_reason TEXT;
ALTER TABLE payment DROP CONSTRAINT payment_status_check;
ALTER TABLE payment ADD CONSTRAINT payment_status_check
    CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED', 'REFUNDING', 'REFUNDED'));
-- recovery looks for payments that wait for the gateway
CREATE INDEX payment_unfinished ON payment (updated_at) WHERE status IN ('PENDING', 'REFUNDING');
-- the caller's payments and everyone's, newest first
CREATE INDEX payment_user_created ON payment (user_id, created_at DESC, id DESC);
CREATE INDEX payment_created ON payment (created_at DESC, id DESC);

-- SandboxGateway's own memory, standing in for a real gateway's: what it did for each payment reference. It is a
-- simulator (see README); a real gateway keeps this on its side.
CREATE TABLE sandbox_charge (
    reference      VARCHAR(100) PRIMARY KEY,
    approved       BOOLEAN       NOT NULL,
    decline_reason TEXT,
    amount         NUMERIC(12,2) NOT NULL,
    card_last4     VARCHAR(4)    NOT NULL CHECK (card_last4 ~ '^[0-9]{4}$'),
    refunded       BOOLEAN       NOT NULL DEFAULT false,
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now()
);
