-- An order still PENDING long after it was placed lost inventory's answer, or its request: PendingOrdersJob asks
-- inventory again, at most once per period per order. reconciled_at is when it last asked, reconcile_attempts how
-- often; both stay as they are once the order has moved on, for the record.
ALTER TABLE customer_order ADD COLUMN reconciled_at TIMESTAMPTZ;
ALTER TABLE customer_order ADD COLUMN reconcile_attempts INTEGER NOT NULL DEFAULT 0;
-- the job's query: PENDING orders oldest first (few at any time, so the index stays small)
CREATE INDEX customer_order_pending ON customer_order (created_at) WHERE status = 'PENDING';
