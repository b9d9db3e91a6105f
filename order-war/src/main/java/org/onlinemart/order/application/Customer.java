package org.onlinemart.order.application;

/** Who places an order, as the verified token says: notifications go to this e-mail and name. */
public record Customer(long userId, String email, String name) {}
