package org.onlinemart.notification.application;

/** A CDI event: a notification was stored for sending; observed after the commit to send it at once. */
public record NotificationQueued(long notificationId) {}
