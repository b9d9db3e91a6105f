package org.onlinemart.user.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onlinemart.commons.persistence.SchemaReady;
import org.onlinemart.commons.problem.ConflictException;
import org.onlinemart.user.domain.PasswordRule;
import org.onlinemart.user.domain.Role;
import org.onlinemart.user.domain.User;

/**
 * Creates the first admin once the schema exists, if no account has ADMIN_EMAIL: with ADMIN_PASSWORD, or
 * without it a random password that is logged once (DESIGN.md §2). An existing admin is left alone.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 20;

    private UserService users;
    private String email;
    private Optional<String> password;

    protected FirstAdmin() {}

    @Inject
    public FirstAdmin(
            UserService users,
            @ConfigProperty(name = "admin.email", defaultValue = "admin@onlinemart.local") String email,
            @ConfigProperty(name = "admin.password") Optional<String> password) {
        this.users = users;
        this.email = User.canonicalEmail(email);
        this.password = password;
    }

    /**
     * A weak ADMIN_PASSWORD fails the application's start rather than leaving a guessable admin behind a warning: the
     * service does not come up until it is fixed. Checked whether or not the admin exists yet.
     */
    void refuseWeakPassword(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        password.filter(chosen -> !chosen.isBlank()).ifPresent(chosen -> {
            if (!PasswordRule.allows(chosen)) {
                throw new IllegalStateException("ADMIN_PASSWORD must be " + PasswordRule.MIN_LENGTH + " to "
                        + PasswordRule.MAX_LENGTH + " characters long, as every password; it has " + chosen.length()
                        + ". Set a longer one, or unset it to have a password generated and logged once");
            }
        });
    }

    void onSchemaReady(@Observes SchemaReady schemaReady) {
        try {
            createIfMissing();
        } catch (ConflictException e) {
            LOG.info("The first admin " + email + " was created by another instance");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not create the first admin " + email, e);
        }
    }

    private void createIfMissing() {
        if (users.findByEmail(email).isPresent()) {
            return;
        }
        boolean generated = password.isEmpty() || password.get().isBlank();
        String chosen = generated ? generatePassword() : password.get();
        users.register(new Registration("Administrator", email, null, chosen, Role.ADMIN));
        if (generated) {
            LOG.warning("Created the first admin " + email + " with the generated password " + chosen
                    + " (the only password this service ever logs, and only this once, DESIGN.md section 2): sign in "
                    + "and change it with PUT /update_user, or set ADMIN_PASSWORD before the first start");
        } else {
            LOG.info("Created the first admin " + email + " with the password from ADMIN_PASSWORD");
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder generated = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            generated.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return generated.toString();
    }
}
