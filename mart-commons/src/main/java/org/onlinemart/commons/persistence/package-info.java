/**
 * Database plumbing shared by the services: schema migration at start-up, readiness of the schema, JPA paging and
 * duplicate-key detection.
 */
package org.onlinemart.commons.persistence;
