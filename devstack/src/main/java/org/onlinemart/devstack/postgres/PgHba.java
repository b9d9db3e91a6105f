package org.onlinemart.devstack.postgres;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pg_hba.conf of a data folder that an earlier devstack made with {@code initdb -A trust}: every local user could log
 * in as any role without a password. Rewritten once to scram-sha-256, which the folders made now have from the start.
 */
final class PgHba {

    /** The method field: a whole word after whitespace, in the part of a line before any comment. */
    private static final Pattern TRUST = Pattern.compile("(?<=\\s)trust(?=\\s|$)");

    private PgHba() {}

    static boolean trusts(String conf) {
        return conf.lines().anyMatch(line -> TRUST.matcher(rule(line)).find());
    }

    /** The same file with each {@code trust} rule asking for a scram-sha-256 password instead; comments untouched. */
    static String withoutTrust(String conf) {
        StringBuilder rewritten = new StringBuilder();
        for (String line : conf.split("\n", -1)) {
            String rule = rule(line);
            rewritten
                    .append(TRUST.matcher(rule).replaceAll(Matcher.quoteReplacement("scram-sha-256")))
                    .append(line.substring(rule.length()))
                    .append('\n');
        }
        return rewritten.substring(0, rewritten.length() - 1);
    }

    private static String rule(String line) {
        int comment = line.indexOf('#');
        return comment < 0 ? line : line.substring(0, comment);
    }
}
