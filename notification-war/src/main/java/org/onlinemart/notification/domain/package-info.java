/**
 * The notification service's domain (the notifications sent to customers): entities with business verbs, the rules
 * they keep, and repository interfaces; no framework but JPA and validation annotations.
 */
package org.onlinemart.notification.domain;
