package org.onlinemart.user.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * IP addresses in one canonical form, so that a client's address, a trusted proxy and an exempt address compare
 * equal however each was written (2001:db8::1 and 2001:db8:0:0:0:0:0:1 alike).
 */
public final class IpAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private IpAddress() {}

    /** The address in its canonical form, if the text is an IP literal: never a name, which would need DNS. */
    public static Optional<String> canonical(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String literal = text.strip();
        if (!(IPV4.matcher(literal).matches() || IPV6.matcher(literal).matches())) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(literal).getHostAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** The canonical forms of those that are IP literals (a configured list); the rest is left out. */
    public static Set<String> canonical(Collection<String> texts) {
        return texts.stream()
                .map(IpAddress::canonical)
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }
}
