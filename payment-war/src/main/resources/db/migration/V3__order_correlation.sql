-- The correlation id of an order, as order_status tells it, and of the payments of that order: payment_status and
-- payment_notification carry it on, and the log lines about them show it. Rows from before have none.
ALTER TABLE payable_order ADD COLUMN correlation_id UUID;
ALTER TABLE payment ADD COLUMN correlation_id UUID;
