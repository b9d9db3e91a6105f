package org.onlinemart.user.domain;

/** How long a password may be (DESIGN.md §2): for every account, the first admin's from ADMIN_PASSWORD included. */
public final class PasswordRule {

    public static final int MIN_LENGTH = 8;
    /** A bound on the hashing work one request can ask for. */
    public static final int MAX_LENGTH = 128;

    private PasswordRule() {}

    public static boolean allows(String password) {
        return password.length() >= MIN_LENGTH && password.length() <= MAX_LENGTH;
    }
}
