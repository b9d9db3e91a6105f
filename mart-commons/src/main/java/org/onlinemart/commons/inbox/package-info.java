/**
 * Idempotent consumption: an event's effect and its processed-event row commit together, and events that keep failing
 * go to the dead-letter table.
 */
package org.onlinemart.commons.inbox;
