-- An unknown correlation id is the nil UUID, not NULL: EclipseLink 4.0.9 can neither read nor bind a NULL uuid
-- (see NilUuid in mart-commons). Rows from before V3 get the nil UUID.
UPDATE payable_order SET correlation_id = '00000000-0000-0000-0000-000000000000' WHERE correlation_id IS NULL;
ALTER TABLE payable_order ALTER COLUMN correlation_id SET DEFAULT '00000000-0000-0000-0000-000000000000';
ALTER TABLE payable_order ALTER COLUMN correlation_id SET NOT NULL;
UPDATE payment SET correlation_id = '00000000-0000-0000-0000-000000000000' WHERE correlation_id IS NULL;
ALTER TABLE payment ALTER COLUMN correlation_id SET DEFAULT '00000000-0000-0000-0000-000000000000';
ALTER TABLE payment ALTER COLUMN correlation_id SET NOT NULL;
