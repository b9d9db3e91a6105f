/**
 * Keeps the reliability tables from growing forever: sent outbox rows and processed-event rows older than their
 * retention are deleted, in small batches, on every instance.
 */
package org.onlinemart.commons.housekeeping;
