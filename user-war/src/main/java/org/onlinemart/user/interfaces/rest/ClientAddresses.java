package org.onlinemart.user.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onlinemart.user.domain.IpAddress;

/**
 * The address a request came from, for the per-address limits. That is the connection's peer, unless the peer is one
 * of {@code trusted.proxies} (TRUSTED_PROXIES: the addresses of your reverse proxies, none by default): then it is the
 * last address in X-Forwarded-For that is not itself a trusted proxy. A client cannot pick its address by sending the
 * header straight to the service, since its own address is not trusted.
 */
@ApplicationScoped
public class ClientAddresses {

    private Set<String> trustedProxies;

    protected ClientAddresses() {}

    @Inject
    public ClientAddresses(@ConfigProperty(name = "trusted.proxies") Optional<List<String>> trustedProxies) {
        this(trustedProxies.orElse(List.of()));
    }

    ClientAddresses(Collection<String> trustedProxies) {
        this.trustedProxies = IpAddress.canonical(trustedProxies);
    }

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    String of(String peer, List<String> forwardedForHeaders) {
        String client = IpAddress.canonical(peer).orElse(peer);
        if (!trustedProxies.contains(client)) {
            return client;
        }
        List<String> hops = new ArrayList<>();
        forwardedForHeaders.forEach(header -> hops.addAll(Arrays.asList(header.split(","))));
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<String> hop = IpAddress.canonical(hops.get(i));
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
}
