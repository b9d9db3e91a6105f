package org.onlinemart.notification.domain;

/** PENDING until the mail is handed to the SMTP server (SENT) or the attempts run out (FAILED). */
public enum NotificationStatus {
    PENDING,
    SENT,
    FAILED
}
