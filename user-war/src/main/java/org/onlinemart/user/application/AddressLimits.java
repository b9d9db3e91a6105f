package org.onlinemart.user.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onlinemart.user.domain.IpAddress;
import org.onlinemart.user.domain.Throttle;

/**
 * What one client address may do: {@code registrations.per.address.per.hour} (REGISTRATIONS_PER_ADDRESS_PER_HOUR,
 * 20) sign-ups and {@code failed.logins.per.address} (FAILED_LOGINS_PER_ADDRESS, 30) failed logins in 15 minutes,
 * whatever the e-mails. Addresses in {@code rate.limit.exempt.addresses} (RATE_LIMIT_EXEMPT_ADDRESSES) are not
 * limited: the local stack exempts its own loopback, from which its tests and benchmarks sign up thousands.
 */
@ApplicationScoped
public class AddressLimits {

    private Throttle registrations;
    private Throttle failedLogins;
    private Set<String> exempt;

    protected AddressLimits() {}

    @Inject
    public AddressLimits(
            @ConfigProperty(name = "registrations.per.address.per.hour", defaultValue = "20") int registrationsPerHour,
            @ConfigProperty(name = "failed.logins.per.address", defaultValue = "30") int failedLoginsPerAddress,
            @ConfigProperty(name = "rate.limit.exempt.addresses") Optional<List<String>> exemptAddresses) {
        this.registrations = new Throttle(registrationsPerHour, Duration.ofHours(1));
        this.failedLogins = new Throttle(failedLoginsPerAddress, Throttle.LOGIN_WINDOW);
        // compared with the client addresses ClientAddresses gives, which are canonical
        this.exempt = IpAddress.canonical(exemptAddresses.orElse(List.of()));
    }

    public boolean isExempt(String clientAddress) {
        return exempt.contains(clientAddress);
    }

    public Throttle registrations() {
        return registrations;
    }

    public Throttle failedLogins() {
        return failedLogins;
    }
}
