-- Where stock is kept and who delivers it, and every delivery received (POST /stockin).
CREATE TABLE warehouse (
    id         BIGSERIAL    PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    location   VARCHAR(200) NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE supplier (
    id         BIGSERIAL    PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    contact    VARCHAR(100) NOT NULL,
    email      VARCHAR(254) NOT NULL,
    address    VARCHAR(500) NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
-- one supplier per e-mail address, whatever the letter case
CREATE UNIQUE INDEX supplier_email_unique ON supplier (lower(email));

CREATE TABLE stock_in (
    id               BIGSERIAL     PRIMARY KEY,
    product_id       BIGINT        NOT NULL REFERENCES inventory_item (product_id),
    warehouse_id     BIGINT        NOT NULL REFERENCES warehouse (id),
    supplier_id      BIGINT        NOT NULL REFERENCES supplier (id),
    quantity         INTEGER       NOT NULL CHECK (quantity > 0),
    cost             NUMERIC(12,2) NOT NULL CHECK (cost >= 0),
    batch_number     VARCHAR(100),
    manufacture_date DATE,
    expiry_date      DATE,
    received_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CHECK (expiry_date IS NULL OR manufacture_date IS NULL OR expiry_date >= manufacture_date)
);
CREATE INDEX stock_in_product ON stock_in (product_id);
CREATE INDEX stock_in_warehouse ON stock_in (warehouse_id);
CREATE INDEX stock_in_supplier ON stock_in (supplier_id);
