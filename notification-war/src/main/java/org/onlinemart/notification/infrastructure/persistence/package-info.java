/**
 * The notification service's JPA repositories, implementing its domain's repository interfaces (the notifications
 * sent to customers).
 */
package org.onlinemart.notification.infrastructure.persistence;
