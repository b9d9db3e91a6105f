/**
 * The Open Liberty servers of the services: their environment, start, readiness and liveness restarts.
 */
package org.onlinemart.devstack.liberty;
