-- the signing key lives only in a PKCS12 keystore now: whoever read this table could mint admin tokens
DROP TABLE IF EXISTS signing_key;
