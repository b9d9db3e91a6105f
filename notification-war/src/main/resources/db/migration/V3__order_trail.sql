-- The order a notification is about and that order's correlation id, so that the log line of its mail names both.
-- Notifications stored before have neither.
ALTER TABLE notification ADD COLUMN order_id BIGINT;
ALTER TABLE notification ADD COLUMN correlation_id UUID;
