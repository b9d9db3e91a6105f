-- The correlation id made when the customer placed the order: the get_product_details request and every event of
-- its saga carry it, and every service's log lines about the order show it. Orders placed before have none.
ALTER TABLE customer_order ADD COLUMN correlation_id UUID;
