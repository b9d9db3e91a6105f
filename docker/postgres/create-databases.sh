#!/bin/sh
# Run by the postgres image once, on an empty data volume (/docker-entrypoint-initdb.d):
# the application role and one database per service (DESIGN.md §1). MART_DB_PASSWORD comes from compose.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v mart_password="${MART_DB_PASSWORD:-mart}" <<'SQL'
CREATE ROLE mart LOGIN PASSWORD :'mart_password';
CREATE DATABASE mart_user OWNER mart;
CREATE DATABASE mart_inventory OWNER mart;
CREATE DATABASE mart_product OWNER mart;
CREATE DATABASE mart_order OWNER mart;
CREATE DATABASE mart_notification OWNER mart;
CREATE DATABASE mart_payment OWNER mart;
SQL
