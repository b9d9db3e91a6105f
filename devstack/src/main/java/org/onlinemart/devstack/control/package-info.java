/**
 * The running stack's control API on loopback, its client, and the small HTTP and JSON helpers they use.
 */
package org.onlinemart.devstack.control;
