/**
 * Readiness and liveness checks that mean it: the database answers and is migrated, Kafka answers, and every consumed
 * partition is assigned.
 */
package org.onlinemart.commons.health;
