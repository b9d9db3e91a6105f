package org.onlinemart.commons.rest;

import java.util.regex.Pattern;
import org.onlinemart.commons.problem.InvalidRequestException;

/** The optional {@code Idempotency-Key} header of requests that create something (orders, payments). */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";
    /** Visible ASCII, as a header value must be, and no longer than the columns that keep it. */
    private static final Pattern VALID = Pattern.compile("[\\x21-\\x7e]{1,200}");

    private IdempotencyKey() {}

    /** The key as sent, or null when none was; a malformed one is a 400 naming the header. */
    public static String validated(String header) {
        if (header != null && !VALID.matcher(header).matches()) {
            throw new InvalidRequestException(HEADER, "must be 1 to 200 visible ASCII characters");
        }
        return header;
    }
}
