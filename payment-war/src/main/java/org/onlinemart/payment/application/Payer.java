package org.onlinemart.payment.application;

/** Who pays, as the token names them: the mails about the payment go to this e-mail. */
public record Payer(long userId, String email, String name) {}
