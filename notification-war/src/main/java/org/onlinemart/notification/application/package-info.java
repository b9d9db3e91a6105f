/**
 * The notification service's use cases (the notifications sent to customers): each one transaction that changes one
 * aggregate and enqueues its events.
 */
package org.onlinemart.notification.application;
