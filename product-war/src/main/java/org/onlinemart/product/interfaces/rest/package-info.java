/**
 * The product service's HTTP API (categories, products and their prices): resources, request and response records,
 * and the problem answers to its own exceptions.
 */
package org.onlinemart.product.interfaces.rest;
