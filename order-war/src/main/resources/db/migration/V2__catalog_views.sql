-- The order service's own, persisted view of each product's current price (product_data) and stock
-- (inventory_data), which the cart reads. Each half remembers how new its data is, so that a late or
-- redelivered event never rewinds it.
CREATE TABLE product_view (
    product_id         BIGINT        PRIMARY KEY,
    product_name       VARCHAR(200),
    price              NUMERIC(12, 2),
    price_effective_at TIMESTAMPTZ,
    price_event_at     TIMESTAMPTZ,
    available          INTEGER,
    stock_event_at     TIMESTAMPTZ,
    updated_at         TIMESTAMPTZ   NOT NULL DEFAULT now()
);
