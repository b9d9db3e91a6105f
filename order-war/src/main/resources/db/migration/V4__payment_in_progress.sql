-- payment_status PENDING sets it, FAILED or PAID clears it: the unpaid-order job skips such orders, so that an
-- order is not cancelled under a payment that is going through.
ALTER TABLE customer_order ADD COLUMN payment_in_progress BOOLEAN NOT NULL DEFAULT false;
