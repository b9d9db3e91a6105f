/** Outbox rows the relay parked because they fail on their own: listed and released by admins on every service. */
package org.onlinemart.commons.outbox.parked;
