-- Every mail has an HTML part beside the plain-text one (body), and a time it is due to be (re)sent.
ALTER TABLE notification ADD COLUMN html_body TEXT NOT NULL DEFAULT '';
ALTER TABLE notification ALTER COLUMN html_body DROP DEFAULT;
ALTER TABLE notification ADD COLUMN next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now();
-- the sender takes what is due, longest due first
DROP INDEX notification_pending;
CREATE INDEX notification_due ON notification (next_attempt_at, id) WHERE status = 'PENDING';
