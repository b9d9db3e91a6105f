-- Every price ever set for a product; the current one is the latest whose effective_date has come
-- (ties: the one created last). published_at marks a price announced on product_data (or passed over
-- because a newer one was already due), so a future-dated price is announced exactly once.
CREATE TABLE product_price (
    id             BIGSERIAL PRIMARY KEY,
    product_id     BIGINT        NOT NULL REFERENCES product (id),
    price          NUMERIC(12,2) NOT NULL CHECK (price > 0),
    effective_date TIMESTAMPTZ   NOT NULL,
    published_at   TIMESTAMPTZ,
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now()
);
-- the current price of a product: its latest effective one
CREATE INDEX product_price_latest ON product_price (product_id, effective_date DESC, created_at DESC, id DESC);
-- the due-price job looks only at prices not announced yet
CREATE INDEX product_price_unpublished ON product_price (effective_date) WHERE published_at IS NULL;
