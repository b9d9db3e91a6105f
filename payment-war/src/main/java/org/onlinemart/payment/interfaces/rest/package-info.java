/**
 * The payment service's HTTP API (payments and refunds): resources, request and response records, and the problem
 * answers to its own exceptions.
 */
package org.onlinemart.payment.interfaces.rest;
