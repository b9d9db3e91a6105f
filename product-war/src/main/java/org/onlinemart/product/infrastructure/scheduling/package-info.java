/**
 * The product service's timed jobs (categories, products and their prices), run on the server's managed executor.
 */
package org.onlinemart.product.infrastructure.scheduling;
