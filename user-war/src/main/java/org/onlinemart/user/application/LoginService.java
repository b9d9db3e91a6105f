package org.onlinemart.user.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onlinemart.commons.metrics.Counted;
import org.onlinemart.user.domain.FailedLoginRepository;
import org.onlinemart.user.domain.PasswordHasher;
import org.onlinemart.user.domain.Throttle;
import org.onlinemart.user.domain.User;
import org.onlinemart.user.domain.UserRepository;

/**
 * Checks an e-mail and password and issues a token. Each attempt is one transaction that holds a lock on
 * its e-mail and then on its client address, so the throttles' counts and the failure it adds cannot race
 * with a parallel attempt; the failures live in the database, so the throttles hold across restarts and
 * instances.
 */
@ApplicationScoped
public class LoginService {

    private UserRepository users;
    private FailedLoginRepository failedLogins;
    private TokenIssuer tokens;
    private Event<Counted> counted;
    private PasswordHasher hasher;
    private Throttle perEmail;
    private AddressLimits addressLimits;
    private Clock clock;
    /** Checked for unknown e-mails, so that they take as long to refuse as a wrong password. */
    private volatile String decoyHash;

    protected LoginService() {}

    @Inject
    public LoginService(
            UserRepository users,
            FailedLoginRepository failedLogins,
            TokenIssuer tokens,
            AddressLimits addressLimits,
            Event<Counted> counted) {
        this.users = users;
        this.failedLogins = failedLogins;
        this.tokens = tokens;
        this.counted = counted;
        this.hasher = new PasswordHasher();
        this.perEmail = Throttle.failedLoginsPerEmail();
        this.addressLimits = addressLimits;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public LoginOutcome login(String email, String password, String clientAddress) {
        String key = User.canonicalEmail(email);
        failedLogins.lockAttemptsFor(key);
        Instant now = clock.instant();
        Optional<Duration> wait = perEmail.waitBefore(failedLogins.failuresAfter(key, perEmail.windowStart(now)), now);
        if (wait.isPresent()) {
            return counting(new LoginOutcome.Throttled(wait.get(), LoginOutcome.ThrottledBy.EMAIL), "throttled");
        }
        if (!addressLimits.isExempt(clientAddress)) {
            failedLogins.lockAttemptsFromAddress(clientAddress);
            Throttle perAddress = addressLimits.failedLogins();
            wait = perAddress.waitBefore(
                    failedLogins.failuresFromAddressAfter(clientAddress, perAddress.windowStart(now)), now);
            if (wait.isPresent()) {
                return counting(new LoginOutcome.Throttled(wait.get(), LoginOutcome.ThrottledBy.ADDRESS), "throttled");
            }
        }
        Optional<User> user = users.findByEmail(key);
        boolean passwordMatches =
                user.isPresent() ? user.get().hasPassword(password, hasher) : hasher.verifies(password, decoyHash());
        if (passwordMatches) {
            return counting(new LoginOutcome.Granted(tokens.issue(user.get())), "granted");
        }
        failedLogins.add(key, clientAddress, now);
        // both throttles count over the same 15 minutes
        failedLogins.forgetBefore(perEmail.windowStart(now));
        return counting(new LoginOutcome.Refused(), "refused");
    }

    /** logins_total{outcome=granted|refused|throttled}, once the attempt's transaction has committed. */
    private LoginOutcome counting(LoginOutcome outcome, String name) {
        counted.fire(new Counted("logins", "outcome", name, List.of("granted", "refused", "throttled")));
        return outcome;
    }

    private String decoyHash() {
        String hash = decoyHash;
        if (hash == null) {
            hash = hasher.hash(UUID.randomUUID().toString());
            decoyHash = hash;
        }
        return hash;
    }
}
