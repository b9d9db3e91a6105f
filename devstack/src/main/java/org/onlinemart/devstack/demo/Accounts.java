package org.onlinemart.devstack.demo;

import java.util.Map;

/** Signing in at the user service: the customer (registered on the first run only) and the admin. */
final class Accounts {

    private static final int USER = ShopDemo.port("user");

    private final MartApi api;
    private final StepLog log;

    Accounts(MartApi api, StepLog log) {
        this.api = api;
        this.log = log;
    }

    /** Registers the customer, or, when the e-mail exists from an earlier run (409), just signs in. */
    String customerToken(String name, Credentials customer) {
        ApiAnswer added = api.post(
                USER,
                "/add_user",
                Map.of("user_name", name, "user_email", customer.email(), "user_password", customer.password()),
                null);
        if (added.is(409)) {
            log.step(added, "%s exists from an earlier run: signing in", customer.email());
        } else {
            added.expect(201, "registering the customer");
            log.step(added, "registered %s, user_id %d", customer.email(), added.id("user_id"));
        }
        return signIn(customer, "customer");
    }

    String adminToken(Credentials admin) {
        return signIn(admin, "admin");
    }

    private String signIn(Credentials who, String role) {
        ApiAnswer login = api.post(
                        USER, "/login", Map.of("user_email", who.email(), "user_password", who.password()), null)
                .expect(200, "signing in as " + role + " " + who.email());
        log.step(login, "%s %s signed in", role, who.email());
        return login.text("access_token");
    }
}
