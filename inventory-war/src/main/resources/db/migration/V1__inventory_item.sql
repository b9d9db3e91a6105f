-- One row per product, opened when product announces it (inventory_creation).
CREATE TABLE inventory_item (
    product_id   BIGINT        PRIMARY KEY,
    product_name VARCHAR(200)  NOT NULL,
    description  VARCHAR(2000),
    available    INTEGER       NOT NULL DEFAULT 0 CHECK (available >= 0),
    updated_at   TIMESTAMPTZ   NOT NULL DEFAULT now()
);
