-- Each user's cart (DESIGN.md §3). The cart row exists to be locked: every change takes it FOR UPDATE first,
-- so two concurrent adds of one user add up instead of overwriting each other.
CREATE TABLE cart (
    user_id    BIGINT      PRIMARY KEY,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- only product and quantity: name and price come from product_view whenever the cart is shown
CREATE TABLE cart_line (
    user_id    BIGINT      NOT NULL REFERENCES cart (user_id) ON DELETE CASCADE,
    product_id BIGINT      NOT NULL,
    quantity   INTEGER     NOT NULL CHECK (quantity > 0),
    added_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, product_id)
);
