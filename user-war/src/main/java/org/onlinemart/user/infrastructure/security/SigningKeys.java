package org.onlinemart.user.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keys of the PKCS12 keystore at {@code jwt.keystore.path} (JWT_KEYSTORE_PATH), opened with
 * {@code jwt.keystore.password}: tokens are signed with the key under {@code jwt.key.alias}; the key under
 * {@code jwt.previous.key.alias}, if set, is only published, so that tokens it signed before a rotation stay
 * valid until they expire. Never from the database: whoever could read it could mint admin tokens.
 */
@ApplicationScoped
public class SigningKeys {

    static final String HOW_TO_MAKE_ONE = "Make one with the JDK's keytool: keytool -genkeypair -alias jwt-1"
            + " -keyalg RSA -keysize 2048 -validity 3650 -dname CN=online-mart -storetype PKCS12 -keystore jwt.p12"
            + " -storepass <password>, then set JWT_KEYSTORE_PATH=<path of jwt.p12>,"
            + " JWT_KEYSTORE_PASSWORD=<password> and JWT_KEY_ALIAS=jwt-1";

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    private Optional<String> keystorePath;
    private Optional<String> keystorePassword;
    private Optional<String> keyAlias;
    private Optional<String> previousKeyAlias;
    private volatile List<SigningKey> loaded;

    protected SigningKeys() {}

    @Inject
    public SigningKeys(
            @ConfigProperty(name = "jwt.keystore.path") Optional<String> keystorePath,
            @ConfigProperty(name = "jwt.keystore.password") Optional<String> keystorePassword,
            @ConfigProperty(name = "jwt.key.alias") Optional<String> keyAlias,
            @ConfigProperty(name = "jwt.previous.key.alias") Optional<String> previousKeyAlias) {
        this.keystorePath = keystorePath;
        this.keystorePassword = keystorePassword;
        this.keyAlias = keyAlias;
        this.previousKeyAlias = previousKeyAlias;
    }

    /** Without a readable keystore the application fails to start: a service that cannot sign is no use. */
    void loadAtStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        published();
    }

    /** The key new tokens are signed with. */
    public SigningKey current() {
        return published().get(0);
    }

    /** The current key, then the previous one if configured: what /jwks serves. */
    public List<SigningKey> published() {
        List<SigningKey> keys = loaded;
        if (keys == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = load();
                }
                keys = loaded;
            }
        }
        return keys;
    }

    private List<SigningKey> load() {
        Path path = Path.of(keystorePath.orElseThrow(() -> new IllegalStateException(
                "The user service signs tokens only with a key from a PKCS12 keystore, and JWT_KEYSTORE_PATH"
                        + " (jwt.keystore.path) is not set. " + HOW_TO_MAKE_ONE)));
        char[] password = keystorePassword
                .orElseThrow(() -> new IllegalStateException("JWT_KEYSTORE_PATH is set but JWT_KEYSTORE_PASSWORD"
                        + " (jwt.keystore.password) is not: set the password of the keystore " + path))
                .toCharArray();
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore keystore = KeyStore.getInstance("PKCS12");
            keystore.load(in, password);
            SigningKey current = SigningKey.fromKeystore(keystore, password, keyAlias.orElse(null));
            Optional<SigningKey> previous = previousKeyAlias.map(alias -> previous(keystore, password, alias));
            LOG.info("Tokens are signed with the key " + current.kid() + " from the keystore " + path
                    + previous.map(key -> "; /jwks also publishes the previous key " + key.kid())
                            .orElse(""));
            return previous.filter(key -> !key.kid().equals(current.kid()))
                    .map(key -> List.of(current, key))
                    .orElse(List.of(current));
        } catch (IOException | GeneralSecurityException | IllegalStateException e) {
            // the messages of these exceptions name the file or alias, never the password
            throw new IllegalStateException(
                    "Cannot read the signing key from the keystore " + path
                            + " (JWT_KEYSTORE_PATH, opened with JWT_KEYSTORE_PASSWORD): " + e.getMessage(),
                    e);
        }
    }

    private static SigningKey previous(KeyStore keystore, char[] password, String alias) {
        try {
            return SigningKey.fromKeystore(keystore, password, alias);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "The previous key (JWT_PREVIOUS_KEY_ALIAS " + alias + ") cannot be read: " + e.getMessage());
        }
    }
}
