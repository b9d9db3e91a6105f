package org.onlinemart.user.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;
import org.onlinemart.commons.problem.ConflictException;
import org.onlinemart.commons.problem.Problem;
import org.onlinemart.commons.problem.ResourceNotFoundException;
import org.onlinemart.user.domain.PasswordHasher;
import org.onlinemart.user.domain.User;
import org.onlinemart.user.domain.UserRepository;

/** Accounts: registration, the caller's own profile, and what admins do with other accounts. */
@ApplicationScoped
public class UserService {

    private UserRepository users;
    private TokenRevoker revoker;
    private PasswordHasher hasher;
    private Clock clock;

    protected UserService() {}

    @Inject
    public UserService(UserRepository users, TokenRevoker revoker) {
        this.users = users;
        this.revoker = revoker;
        this.hasher = new PasswordHasher();
        this.clock = Clock.systemUTC();
    }

    /** Creates the account; a 409 if its e-mail, whatever the letter case, is taken. */
    @Transactional
    public User register(Registration registration) {
        String email = User.canonicalEmail(registration.email());
        // the unique index decides a race; asking first keeps the usual case out of the error log
        if (users.findByEmail(email).isPresent()) {
            throw emailTaken(email);
        }
        User user = new User(
                registration.name(),
                email,
                registration.phone(),
                hasher.hash(registration.password()),
                registration.role());
        if (!users.add(user)) {
            throw emailTaken(email);
        }
        return user;
    }

    private static ConflictException emailTaken(String email) {
        return new ConflictException(
                "An account with the e-mail " + email + " exists already",
                List.of(new Problem.FieldError("user_email", "is already registered")));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<User> findByEmail(String email) {
        return users.findByEmail(User.canonicalEmail(email));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public User user(long userId) {
        return users.findById(userId).orElseThrow(() -> new ResourceNotFoundException("User", userId));
    }

    @Transactional
    public User update(long userId, ProfileChanges changes) {
        User user = user(userId);
        if (changes.name() != null) {
            user.rename(changes.name());
        }
        if (changes.phone() != null) {
            user.changePhone(changes.phone());
        }
        if (changes.password() != null) {
            Instant notBefore = user.changePassword(hasher.hash(changes.password()), clock.instant());
            revoker.revoke(user.id(), notBefore, TokenRevoker.Reason.PASSWORD_CHANGED);
        }
        return user;
    }

    /** Users in registration order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<User> page(PageRequest page) {
        return users.page(page);
    }

    /**
     * An admin removes an account, never their own (that would lock them out mid-request); its tokens are revoked
     * with it.
     */
    @Transactional
    public void delete(long callerId, long userId) {
        if (callerId == userId) {
            throw new ConflictException(
                    "You cannot delete your own account",
                    List.of(new Problem.FieldError("user_id_to_delete", "is your own account")));
        }
        User user = user(userId);
        revoker.revoke(userId, user.revokeTokens(clock.instant()), TokenRevoker.Reason.USER_DELETED);
        users.remove(user);
    }
}
