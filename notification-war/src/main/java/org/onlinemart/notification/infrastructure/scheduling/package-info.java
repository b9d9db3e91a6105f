/**
 * The notification service's timed jobs: sending what is due, right after it is stored and every second for the
 * retries, run on the server's managed executor.
 */
package org.onlinemart.notification.infrastructure.scheduling;
