/**
 * The notification service's mail adapters: Mustache templates that write each mail, and Jakarta Mail that
 * sends it over SMTP.
 */
package org.onlinemart.notification.infrastructure.mail;
