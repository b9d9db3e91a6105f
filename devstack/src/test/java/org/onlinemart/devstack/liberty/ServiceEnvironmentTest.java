package org.onlinemart.devstack.liberty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onlinemart.devstack.StackSettings;

class ServiceEnvironmentTest {

    @TempDir
    Path state;

    private JwtKeystore keystore;

    @BeforeEach
    void keystoreFolder() {
        keystore = new JwtKeystore(state.resolve("jwt"));
    }

    @Test
    void defaultsPointAtTheLocalStack() {
        Map<String, String> env = environment(Map.of()).forService("order");
        assertEquals("jdbc:postgresql://127.0.0.1:5432/mart_order", env.get("DB_URL"));
        assertEquals("mart", env.get("DB_USER"));
        assertEquals("127.0.0.1:9092", env.get("KAFKA_BOOTSTRAP_SERVERS"));
        assertEquals("127.0.0.1", env.get("SMTP_HOST"));
        assertEquals("3025", env.get("SMTP_PORT"));
        assertEquals("", env.get("SMTP_USER"));
        assertEquals("false", env.get("SMTP_STARTTLS"));
        assertEquals("online-mart", env.get("JWT_ISSUER"));
        assertEquals("admin@onlinemart.local", env.get("ADMIN_EMAIL"));
        assertEquals(ServiceEnvironment.ADMIN_PASSWORD, env.get("ADMIN_PASSWORD"));
        assertEquals("3000", env.get("ORDER_REPLY_TIMEOUT_MS"));
        assertEquals("30", env.get("PAYMENT_GRACE_MINUTES"));
        assertEquals("http://127.0.0.1:8081", env.get("USER_SERVICE_URL"));
        assertEquals("127.0.0.1", env.get("HTTP_HOST"), "loopback only");
        assertEquals("2", env.get("MALLOC_ARENA_MAX"));
        assertEquals(19, env.size());
        assertFalse(env.containsKey("JWT_KEYSTORE_PATH"), "only the user service signs");
    }

    @Test
    void theUserServiceSignsWithDevstacksKeystore() {
        Map<String, String> env = environment(Map.of()).forService("user");
        assertEquals(keystore.file().toString(), env.get("JWT_KEYSTORE_PATH"));
        assertEquals(keystore.ensure(), env.get("JWT_KEYSTORE_PASSWORD"));
        assertEquals("jwt-1", env.get("JWT_KEY_ALIAS"));
    }

    @Test
    void onlyTheUserServiceLimitsAddressesAndLoopbackIsExemptAndTrusted() {
        Map<String, String> user = environment(Map.of()).forService("user");
        assertEquals("127.0.0.1", user.get("RATE_LIMIT_EXEMPT_ADDRESSES"));
        assertEquals("127.0.0.1", user.get("TRUSTED_PROXIES"));
        assertFalse(environment(Map.of()).forService("order").containsKey("TRUSTED_PROXIES"));
    }

    @Test
    void aKeystoreInDevstacksEnvironmentReplacesDevstacksOwn() {
        Map<String, String> env = environment(
                        Map.of("JWT_KEYSTORE_PATH", "/run/keys/jwt.p12", "JWT_KEYSTORE_PASSWORD", "pw"))
                .forService("user");
        assertEquals("/run/keys/jwt.p12", env.get("JWT_KEYSTORE_PATH"));
        assertEquals("pw", env.get("JWT_KEYSTORE_PASSWORD"));
        assertEquals("", env.get("JWT_KEY_ALIAS"), "empty is unset to MicroProfile Config: the keystore's only key");
        assertFalse(Files.exists(keystore.file()), "devstack's own keystore is not made");
    }

    @Test
    void devstacksOwnEnvironmentWins() {
        ServiceEnvironment environment = environment(
                Map.of("JWT_TTL_MINUTES", "5", "DB_USER", "alice", "ADMIN_PASSWORD", "secret", "UNRELATED", "x"));
        Map<String, String> env = environment.forService("user");
        assertEquals("5", env.get("JWT_TTL_MINUTES"));
        assertEquals("alice", env.get("DB_USER"));
        assertEquals("alice", environment.dbUser());
        assertTrue(environment.adminPasswordOverridden());
        assertFalse(env.containsKey("UNRELATED"), "only the documented variables are added");
    }

    @Test
    void externalServersReplaceTheLocalOnes() {
        Map<String, String> processEnv = Map.of(
                "POSTGRES_URL",
                "jdbc:postgresql://db.example:5432/",
                "KAFKA_BOOTSTRAP_SERVERS",
                "kafka.example:9092",
                "SMTP_HOST",
                "mail.example");
        Map<String, String> env = environment(processEnv).forService("payment");
        assertEquals("jdbc:postgresql://db.example:5432/mart_payment", env.get("DB_URL"));
        assertEquals("kafka.example:9092", env.get("KAFKA_BOOTSTRAP_SERVERS"));
        assertEquals("mail.example", env.get("SMTP_HOST"));
    }

    @Test
    void theOneServerSignsAsTheUserServiceAndNamesThePostgresServerOfTheSixDatabases() {
        Map<String, String> env = environment(Map.of("POSTGRES_URL", "jdbc:postgresql://db.example:5432/"))
                .forOneServer();
        assertEquals("jdbc:postgresql://db.example:5432", env.get("POSTGRES_URL"));
        assertEquals(keystore.file().toString(), env.get("JWT_KEYSTORE_PATH"));
        assertEquals("127.0.0.1", env.get("TRUSTED_PROXIES"));
        assertEquals(
                "jdbc:postgresql://127.0.0.1:5432",
                environment(Map.of()).forOneServer().get("POSTGRES_URL"));
    }

    private ServiceEnvironment environment(Map<String, String> processEnv) {
        return new ServiceEnvironment(StackSettings.from(processEnv), processEnv, keystore);
    }
}
