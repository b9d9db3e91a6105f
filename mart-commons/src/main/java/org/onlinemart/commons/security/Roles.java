package org.onlinemart.commons.security;

/** The two roles of DESIGN.md §2, as they appear in the token's {@code groups} claim. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String USER = "user";

    private Roles() {}
}
