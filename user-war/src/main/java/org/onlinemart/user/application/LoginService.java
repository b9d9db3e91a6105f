package org.onlinemart.user.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.onlinemart.user.domain.FailedLoginRepository;
import org.onlinemart.user.domain.LoginThrottle;
import org.onlinemart.user.domain.PasswordHasher;
import org.onlinemart.user.domain.User;
import org.onlinemart.user.domain.UserRepository;

/**
 * Checks an e-mail and password and issues a token. Each attempt is one transaction that holds a lock on
 * its e-mail, so the throttle's count and the failure it adds cannot race with a parallel attempt; the
 * failures live in the database, so the throttle holds across restarts and instances.
 */
@ApplicationScoped
public class LoginService {

    private UserRepository users;
    private FailedLoginRepository failedLogins;
    private TokenIssuer tokens;
    private PasswordHasher hasher;
    private LoginThrottle throttle;
    private Clock clock;
    /** Checked for unknown e-mails, so that they take as long to refuse as a wrong password. */
    private volatile String decoyHash;

    protected LoginService() {}

    @Inject
    public LoginService(UserRepository users, FailedLoginRepository failedLogins, TokenIssuer tokens) {
        this.users = users;
        this.failedLogins = failedLogins;
        this.tokens = tokens;
        this.hasher = new PasswordHasher();
        this.throttle = new LoginThrottle();
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public LoginOutcome login(String email, String password) {
        String key = User.canonicalEmail(email);
        failedLogins.lockAttemptsFor(key);
        Instant now = clock.instant();
        Optional<Duration> wait = throttle.waitBefore(failedLogins.failuresAfter(key, throttle.windowStart(now)), now);
        if (wait.isPresent()) {
            return new LoginOutcome.Throttled(wait.get());
        }
        Optional<User> user = users.findByEmail(key);
        boolean passwordMatches =
                user.isPresent() ? user.get().hasPassword(password, hasher) : hasher.verifies(password, decoyHash());
        if (passwordMatches) {
            return new LoginOutcome.Granted(tokens.issue(user.get()));
        }
        failedLogins.add(key, now);
        failedLogins.forgetBefore(throttle.windowStart(now));
        return new LoginOutcome.Refused();
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
