-- Housekeeping deletes old rows by age: these indexes find them without reading the whole table.
CREATE INDEX outbox_message_sent ON outbox_message (sent_at) WHERE sent_at IS NOT NULL;
CREATE INDEX processed_event_time ON processed_event (processed_at);
