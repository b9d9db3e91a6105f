CREATE TABLE category (
    id          BIGSERIAL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    description VARCHAR(500),
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
-- "Shoes" and "shoes" are the same category
CREATE UNIQUE INDEX category_name_unique ON category (lower(name));

CREATE TABLE product (
    id          BIGSERIAL PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL,
    category_id BIGINT        NOT NULL REFERENCES category (id),
    description VARCHAR(2000),
    created_at  TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX product_category ON product (category_id);
