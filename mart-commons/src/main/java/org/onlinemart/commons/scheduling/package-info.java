/** Recurring work of a service (jobs), run on the server's managed executor once the schema is ready. */
package org.onlinemart.commons.scheduling;
