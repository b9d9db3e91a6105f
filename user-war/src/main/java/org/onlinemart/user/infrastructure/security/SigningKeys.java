package org.onlinemart.user.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onlinemart.commons.persistence.SchemaReady;

/**
 * The key tokens are signed with. Production: the RSA private key and certificate of the PKCS12 keystore
 * at {@code jwt.keystore.path} (JWT_KEYSTORE_PATH), with {@code jwt.keystore.password} and
 * {@code jwt.key.alias}. Development (no keystore): a key pair generated on the first start and kept in
 * the user database, with a warning. Loaded once the schema exists, then kept in memory.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    private Optional<String> keystorePath;
    private Optional<String> keystorePassword;
    private Optional<String> keyAlias;
    private StoredSigningKeys stored;
    private volatile SigningKey current;

    protected SigningKeys() {}

    @Inject
    public SigningKeys(
            @ConfigProperty(name = "jwt.keystore.path") Optional<String> keystorePath,
            @ConfigProperty(name = "jwt.keystore.password") Optional<String> keystorePassword,
            @ConfigProperty(name = "jwt.key.alias") Optional<String> keyAlias,
            StoredSigningKeys stored) {
        this.keystorePath = keystorePath;
        this.keystorePassword = keystorePassword;
        this.keyAlias = keyAlias;
        this.stored = stored;
    }

    void loadEarly(@Observes SchemaReady schemaReady) {
        try {
            current();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "No signing key yet; the next login or /jwks request tries again", e);
        }
    }

    public SigningKey current() {
        SigningKey key = current;
        if (key == null) {
            synchronized (this) {
                if (current == null) {
                    current = load();
                }
                key = current;
            }
        }
        return key;
    }

    private SigningKey load() {
        if (keystorePath.isPresent()) {
            SigningKey key = SigningKey.fromKeystore(
                    Path.of(keystorePath.get()), keystorePassword.orElse("").toCharArray(), keyAlias.orElse(null));
            LOG.info("Tokens are signed with key " + key.kid() + " from the keystore " + keystorePath.get());
            return key;
        }
        SigningKey key = stored.loadOrCreate();
        LOG.warning("Tokens are signed with a generated DEVELOPMENT key (" + key.kid() + ") kept in the user "
                + "database; in production set JWT_KEYSTORE_PATH, JWT_KEYSTORE_PASSWORD and JWT_KEY_ALIAS");
        return key;
    }
}
