package org.onlinemart.devstack.liberty;

import java.util.LinkedHashMap;
import java.util.Map;
import org.onlinemart.devstack.StackPorts;
import org.onlinemart.devstack.StackSettings;

/**
 * The environment every Liberty server gets: the development defaults below, where any variable already
 * set in devstack's own environment wins (so a user can override one value for all services). The
 * README documents this list.
 */
public final class ServiceEnvironment {

    static final String ADMIN_EMAIL = "admin@onlinemart.local";
    /** A development credential by design: printed in the URL table. */
    public static final String ADMIN_PASSWORD = "admin-dev-password";

    private final StackSettings settings;
    private final Map<String, String> processEnv;
    private final JwtKeystore jwtKeystore;

    public ServiceEnvironment(StackSettings settings, Map<String, String> processEnv, JwtKeystore jwtKeystore) {
        this.settings = settings;
        this.processEnv = Map.copyOf(processEnv);
        this.jwtKeystore = jwtKeystore;
    }

    /** Defaults for one service, before overrides. */
    Map<String, String> defaults(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HTTP_HOST", StackPorts.HOST); // loopback only: the local stack is not for the network
        env.put("DB_URL", settings.postgresServerUrl() + "/mart_" + service);
        env.put("DB_USER", "mart");
        env.put("DB_PASSWORD", "mart");
        env.put("KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrapServers());
        env.put("SMTP_HOST", StackPorts.HOST);
        env.put("SMTP_PORT", String.valueOf(StackPorts.SMTP));
        env.put("SMTP_USER", "");
        env.put("SMTP_PASSWORD", "");
        env.put("SMTP_FROM", "shop@onlinemart.local");
        env.put("SMTP_STARTTLS", "false");
        env.put("JWT_ISSUER", "online-mart");
        env.put("JWT_TTL_MINUTES", "60");
        if (service.equals("user")) {
            signingKeystore(env);
            // the tests, the bench and the demo sign up thousands from this machine; a test that wants to be limited
            // says it comes from elsewhere through X-Forwarded-For, which the user service believes from loopback only
            env.put("RATE_LIMIT_EXEMPT_ADDRESSES", StackPorts.HOST);
            env.put("TRUSTED_PROXIES", StackPorts.HOST);
        }
        env.put("ADMIN_EMAIL", ADMIN_EMAIL);
        env.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("ORDER_REPLY_TIMEOUT_MS", "3000");
        env.put("PAYMENT_GRACE_MINUTES", "30");
        env.put("USER_SERVICE_URL", "http://" + StackPorts.HOST + ":" + StackPorts.servicePort("user"));
        // glibc gives each thread that allocates natively an arena of its own, up to 8 per core; a Liberty server's
        // hundred threads touched many, for memory the JVM's own heap settings do not bound (README, Performance)
        env.put("MALLOC_ARENA_MAX", "2");
        return env;
    }

    /**
     * Only the user service signs tokens: with devstack's keystore, made on first use, unless devstack's own
     * environment names another (then its JWT_KEYSTORE_PASSWORD and JWT_KEY_ALIAS go with it).
     */
    private void signingKeystore(Map<String, String> env) {
        boolean own = !processEnv.containsKey("JWT_KEYSTORE_PATH");
        env.put("JWT_KEYSTORE_PATH", own ? jwtKeystore.file().toString() : "");
        env.put("JWT_KEYSTORE_PASSWORD", own ? jwtKeystore.ensure() : "");
        env.put("JWT_KEY_ALIAS", own ? JwtKeystore.ALIAS : "");
    }

    /** What the service really gets: each default replaced by devstack's own value when that is set. */
    Map<String, String> forService(String service) {
        Map<String, String> env = defaults(service);
        env.replaceAll((name, value) -> processEnv.getOrDefault(name, value));
        return env;
    }

    /**
     * The one server's: the user service's (it signs the tokens and carries default_host), with the PostgreSQL server
     * whose mart_&lt;service&gt; databases the data sources of the one server's server.xml name.
     */
    Map<String, String> forOneServer() {
        Map<String, String> env = forService("user");
        // set after the overrides: devstack's own POSTGRES_URL names the same server, maybe with a trailing slash
        env.put("POSTGRES_URL", settings.postgresServerUrl());
        return env;
    }

    /** The database role the services log in with (and which devstack creates). */
    public String dbUser() {
        return processEnv.getOrDefault("DB_USER", "mart");
    }

    public String dbPassword() {
        return processEnv.getOrDefault("DB_PASSWORD", "mart");
    }

    public boolean adminPasswordOverridden() {
        return processEnv.containsKey("ADMIN_PASSWORD");
    }

    public String value(String service, String name) {
        return forService(service).get(name);
    }
}
