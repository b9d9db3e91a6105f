/**
 * Database plumbing shared by the services: schema migration at start-up, readiness of the schema, JPA paging,
 * duplicate-key detection and uuid columns that may be unknown.
 */
package org.onlinemart.commons.persistence;
