-- Tokens of a user issued before tokens_valid_from are revoked (a changed password); null: none ever was.
ALTER TABLE app_user ADD COLUMN tokens_valid_from TIMESTAMPTZ;

-- The client address of each failed login, so that one address guessing across many e-mails is throttled too
-- (null: recorded before addresses were), and every registration attempt per address.
ALTER TABLE failed_login ADD COLUMN client_address VARCHAR(45);
CREATE INDEX failed_login_address_time ON failed_login (client_address, attempted_at) WHERE client_address IS NOT NULL;

CREATE TABLE registration_attempt (
    id             BIGSERIAL PRIMARY KEY,
    client_address VARCHAR(45) NOT NULL,
    attempted_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX registration_attempt_address_time ON registration_attempt (client_address, attempted_at);
CREATE INDEX registration_attempt_time ON registration_attempt (attempted_at);
