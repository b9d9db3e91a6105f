/**
 * The notification service's HTTP API (the notifications sent to customers): resources, request and response records,
 * and the problem answers to its own exceptions.
 */
package org.onlinemart.notification.interfaces.rest;
