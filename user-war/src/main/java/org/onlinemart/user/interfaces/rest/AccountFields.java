package org.onlinemart.user.interfaces.rest;

import org.onlinemart.user.domain.PasswordRule;

/** The rules for account fields, shared by the request records (annotation values must be constants). */
final class AccountFields {

    /** Printable: not blank, no control, format (e.g. bidi override), private-use or unassigned characters. */
    static final String NAME = "(?U)(?=.*\\S)[^\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}\\p{Zl}\\p{Zp}]+";

    static final String NAME_MESSAGE = "must be printable text, not blank";
    static final int NAME_MAX = 100;

    /** On top of Bean Validation's own e-mail check: a dot in the domain, no spaces. */
    static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    static final int EMAIL_MAX = 254;

    static final String PHONE = "(?=.*[0-9])[0-9 +()\\-]{7,20}";
    static final String PHONE_MESSAGE = "must be 7 to 20 characters: digits, spaces, +, -, ( and )";

    static final int PASSWORD_MIN = PasswordRule.MIN_LENGTH;
    static final int PASSWORD_MAX = PasswordRule.MAX_LENGTH;

    private AccountFields() {}
}
