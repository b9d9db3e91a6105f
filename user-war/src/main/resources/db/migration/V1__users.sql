-- "user" is a reserved word in PostgreSQL
CREATE TABLE app_user (
    id            BIGSERIAL PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    email         VARCHAR(254) NOT NULL,
    phone         VARCHAR(20),
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(10)  NOT NULL CHECK (role IN ('USER', 'ADMIN')),
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);
-- the service stores e-mails trimmed and lower-cased, so "Ann@x.org" and "ann@x.org" are one account
CREATE UNIQUE INDEX app_user_email_unique ON app_user (email);

-- failed logins per e-mail (known or not), for the throttle: 5 in 15 minutes and the e-mail waits
CREATE TABLE failed_login (
    id           BIGSERIAL PRIMARY KEY,
    email        VARCHAR(254) NOT NULL,
    attempted_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX failed_login_email_time ON failed_login (email, attempted_at);
CREATE INDEX failed_login_time ON failed_login (attempted_at);

-- the development signing key, generated on the first start when no keystore is configured, shared
-- by restarts and instances; production loads its key from a PKCS12 keystore instead
CREATE TABLE signing_key (
    kid         VARCHAR(100) PRIMARY KEY,
    private_key TEXT         NOT NULL,
    public_key  TEXT         NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
