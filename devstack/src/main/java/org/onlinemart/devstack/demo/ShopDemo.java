package org.onlinemart.devstack.demo;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.onlinemart.devstack.Elapsed;
import org.onlinemart.devstack.StackPorts;
import org.onlinemart.devstack.StackSettings;
import org.onlinemart.devstack.liberty.ServiceEnvironment;

/**
 * The original README's workflow against the running stack, one line per HTTP call: a customer signs up (or in,
 * on a later run), the admin sets up warehouse, supplier, category, priced products and their stock, the customer
 * orders and pays, and the mails about the order arrive. Each run makes its own catalog (names tagged per run),
 * so it can run any number of times.
 */
public final class ShopDemo {

    /** The demo's customer: a development account like the admin, registered by the first run. */
    public static final Credentials CUSTOMER = new Credentials("demo.customer@example.org", "demo-customer-pw");

    /** Luhn-valid, so the sandbox gateway approves it (DESIGN.md, payment). */
    public static final String TEST_CARD = "4242424242424242";

    /** The order's received, confirmed and paid mails, and the payment's receipt. */
    private static final int MAILS_PER_PAID_ORDER = 4;

    /** What a run did, for whoever runs it from code. */
    public record Result(long orderId, BigDecimal paid, List<String> mails) {}

    private final MartApi api;
    private final Credentials admin;
    private final Optional<Integer> smtpApiPort;
    private final StepLog log;
    private final String tag;

    public ShopDemo(MartApi api, Credentials admin, Optional<Integer> smtpApiPort, Consumer<String> out, String tag) {
        this.api = api;
        this.admin = admin;
        this.smtpApiPort = smtpApiPort;
        this.log = new StepLog(out);
        this.tag = tag;
    }

    /** Against the local stack, with the admin login devstack gives the user service (and prints in its table). */
    public static ShopDemo forLocalStack(StackSettings settings, ServiceEnvironment env, Consumer<String> out) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        return new ShopDemo(
                new MartApi(http, StackPorts.HOST),
                new Credentials(env.value("user", "ADMIN_EMAIL"), env.value("user", "ADMIN_PASSWORD")),
                settings.localSmtp() ? Optional.of(StackPorts.SMTP_API) : Optional.empty(),
                out,
                UUID.randomUUID().toString().substring(0, 6));
    }

    static int port(String service) {
        return StackPorts.servicePort(service);
    }

    public Result run() {
        Elapsed elapsed = Elapsed.start();
        log.note("demo: the original README's workflow against the stack on %s (run %s)", StackPorts.HOST, tag);
        requireReady();
        Accounts accounts = new Accounts(api, log);
        String customerToken = accounts.customerToken("Dana Demo", CUSTOMER);
        ShopSetup shop = new ShopSetup(api, log, accounts.adminToken(admin), tag);
        long warehouse = shop.warehouse();
        long supplier = shop.supplier();
        long category = shop.category();
        Product kettle = shop.product(category, "Kettle " + tag, "24.99");
        Product mug = shop.product(category, "Mug " + tag, "3.50");
        shop.stockIn(kettle, warehouse, supplier, 10);
        shop.stockIn(mug, warehouse, supplier, 10);
        Shopper shopper = new Shopper(api, log, customerToken);
        shopper.emptyCart();
        shopper.addToCart(kettle, 2);
        shopper.addToCart(mug, 3);
        long orderId = shopper.placeOrder();
        shopper.awaitMove(orderId, "PENDING", "CONFIRMED");
        BigDecimal paid = shopper.pay(orderId, TEST_CARD);
        shopper.awaitMove(orderId, "CONFIRMED", "PAID");
        List<String> mails = smtpApiPort
                .map(port ->
                        new SmtpInbox(api, port, log).awaitOrderMails(CUSTOMER.email(), orderId, MAILS_PER_PAID_ORDER))
                .orElseGet(() -> {
                    log.note("mail went to the external SMTP server (SMTP_HOST); look for it there");
                    return List.of();
                });
        log.note(
                "done in %s: order %d is PAID (%s), %d mails about it arrived for %s",
                elapsed, orderId, paid, mails.size(), CUSTOMER.email());
        return new Result(orderId, paid, mails);
    }

    /**
     * All six services must answer /health/ready before the workflow starts. With the one-server option Liberty
     * answers it on the user service's port for all six, and the other ports have none (404).
     */
    private void requireReady() {
        List<String> ready = new ArrayList<>();
        boolean oneServerReady = false;
        for (String service : StackPorts.SERVICES.keySet()) {
            ApiAnswer health = api.get(port(service), "/health/ready", null);
            if (service.equals("user")) {
                oneServerReady = health.is(200);
            }
            if (!health.is(200) && !(oneServerReady && health.is(404))) {
                throw new DemoFailure(
                        service + " is not ready; start the stack with `java -jar devstack/target/devstack.jar start`",
                        health);
            }
            ready.add(service);
        }
        log.note("%-30s %d  %s ready", "GET  :*/health/ready", 200, String.join(", ", ready));
    }
}
