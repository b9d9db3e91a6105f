package org.onlinemart.user.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, for the per-address limits. That is the connection's peer, unless the peer is one
 * of {@code trusted.proxies} (TRUSTED_PROXIES: the addresses of your reverse proxies, none by default): then it is the
 * last address in X-Forwarded-For that is not itself a trusted proxy. A client cannot pick its address by sending the
 * header straight to the service, since its own address is not trusted.
 */
@ApplicationScoped
public class ClientAddresses {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private Set<String> trustedProxies;

    protected ClientAddresses() {}

    @Inject
    public ClientAddresses(@ConfigProperty(name = "trusted.proxies") Optional<String> trustedProxies) {
        this(trustedProxies
                .map(list -> Arrays.stream(list.split(",")).map(String::strip).collect(Collectors.toSet()))
                .orElse(Set.of()));
    }

    ClientAddresses(Set<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream()
                .map(ClientAddresses::literal)
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    String of(String peer, List<String> forwardedForHeaders) {
        String client = literal(peer).orElse(peer);
        if (!trustedProxies.contains(client)) {
            return client;
        }
        List<String> hops = new ArrayList<>();
        forwardedForHeaders.forEach(header -> hops.addAll(Arrays.asList(header.split(","))));
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<String> hop = literal(hops.get(i).strip());
            if (hop.isEmpty()) {
                return client; // not an address: whatever is left of it may be made up
            }
            client = hop.get();
            if (!trustedProxies.contains(client)) {
                return client;
            }
        }
        return client;
    }

    /** The address in its canonical form, if the text is an IP literal: never a name, which would need DNS. */
    static Optional<String> literal(String text) {
        if (text == null || !(IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text).getHostAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
