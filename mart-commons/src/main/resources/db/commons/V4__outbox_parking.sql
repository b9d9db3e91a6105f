-- A row that fails while the rows behind it are published is the row's fault (too large, a topic that does not
-- exist), not Kafka's: solo_failures counts those failures, and past a bound the row is parked (parked_at) so
-- that it is no longer tried until an admin releases it. Rows with its topic and key wait behind it, in order.
ALTER TABLE outbox_message ADD COLUMN solo_failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox_message ADD COLUMN parked_at TIMESTAMPTZ;
CREATE INDEX outbox_message_parked ON outbox_message (topic, message_key) WHERE parked_at IS NOT NULL AND sent_at IS NULL;
DROP INDEX outbox_message_unsent;
CREATE INDEX outbox_message_unsent ON outbox_message (id) WHERE sent_at IS NULL AND parked_at IS NULL;
