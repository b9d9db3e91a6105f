-- What inventory decided for each order's inventory_deduction (DESIGN.md §5 step 3). One row per order, ever:
-- its primary key is the claim that makes an order answered once, however often and by however many events
-- it is asked. RELEASED without lines is the tombstone of a release that came before its deduction.
CREATE TABLE reservation (
    order_id   BIGINT      PRIMARY KEY,
    status     VARCHAR(20) NOT NULL CHECK (status IN ('RESERVED', 'REJECTED', 'RELEASED')),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- What the order asked for, one row per product (repeated products summed): a RESERVED reservation gives
-- these back when it is released. No foreign key to inventory_item: a rejected order may name unknown products.
CREATE TABLE reservation_line (
    order_id   BIGINT  NOT NULL REFERENCES reservation (order_id),
    product_id BIGINT  NOT NULL,
    quantity   INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (order_id, product_id)
);
