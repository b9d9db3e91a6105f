-- Tokens the user service revoked (token_revocation events; the user service writes its own rows directly): a token
-- of user_id issued before not_before is refused. After forget_after every such token has expired anyway, so
-- housekeeping deletes the row.
CREATE TABLE token_revocation (
    user_id      BIGINT      PRIMARY KEY,
    not_before   TIMESTAMPTZ NOT NULL,
    forget_after TIMESTAMPTZ NOT NULL
);
CREATE INDEX token_revocation_forget_after ON token_revocation (forget_after);
