package org.onlinemart.bench;

import static org.onlinemart.bench.Api.Service.INVENTORY;
import static org.onlinemart.bench.Api.Service.ORDER;
import static org.onlinemart.bench.Api.Service.PRODUCT;
import static org.onlinemart.bench.Api.Service.USER;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The shop a run orders from, made through the public API as a shop admin and customers would: a category,
 * priced products stocked for the whole run, and signed-in customers. Names carry the run's id so that runs never
 * collide and their data is recognisable afterwards.
 */
record Shop(List<Long> productIds, List<Customer> customers) {

    /** A signed-in customer; its cart is its own, so one customer places one order at a time. */
    record Customer(String email, String token) {}

    private static final Duration POLL = Duration.ofMillis(250);

    static Shop open(Api api, Settings settings, String runId, PrintStream log) {
        String admin = login(
                api,
                settings.adminEmail(),
                settings.adminPassword(),
                "signing in as the admin " + settings.adminEmail()
                        + " (set --admin-email/--admin-password or ADMIN_EMAIL/ADMIN_PASSWORD)");
        long category = api.post(
                        PRODUCT,
                        "/category-creation",
                        admin,
                        Json.createObjectBuilder()
                                .add("category_name", "Bench " + runId)
                                .add("description", "made by the bench")
                                .build())
                .expect(201, "creating a category")
                .id("category_id");
        long warehouse = api.post(
                        INVENTORY,
                        "/add_warehouse",
                        admin,
                        Json.createObjectBuilder()
                                .add("warehouse_name", "Bench " + runId)
                                .add("location", "Bench Street 1")
                                .build())
                .expect(201, "creating a warehouse")
                .id("warehouse_id");
        long supplier = api.post(
                        INVENTORY,
                        "/add_supplier",
                        admin,
                        Json.createObjectBuilder()
                                .add("supplier_name", "Bench " + runId)
                                .add("contact", "Bench supplier")
                                .add("email", "bench-supplier-" + runId + "@example.org")
                                .add("address", "Bench Road 2")
                                .build())
                .expect(201, "creating a supplier")
                .id("supplier_id");

        log.printf("setup: %d products with %d units each%n", settings.products(), settings.stockPerProduct());
        List<Long> products = new ArrayList<>();
        for (int i = 1; i <= settings.products(); i++) {
            long product = api.post(
                            PRODUCT,
                            "/product-creation",
                            admin,
                            Json.createObjectBuilder()
                                    .add("product_name", "Bench item " + runId + "-" + i)
                                    .add("category_id", category)
                                    .build())
                    .expect(201, "creating a product")
                    .id("product_id");
            api.post(
                            PRODUCT,
                            "/product-price",
                            admin,
                            Json.createObjectBuilder()
                                    .add("product_id", product)
                                    .add("price", new BigDecimal("9.99").add(BigDecimal.valueOf(i)))
                                    .build())
                    .expect(201, "pricing product " + product);
            products.add(product);
        }
        for (long product : products) {
            // inventory opens the item when inventory_creation reaches it
            await(
                    () -> api.get(INVENTORY, "/inventory/" + product, null),
                    200,
                    settings,
                    "inventory to know product " + product);
            api.post(
                            INVENTORY,
                            "/stockin",
                            admin,
                            Json.createObjectBuilder()
                                    .add("product_id", product)
                                    .add("warehouse_id", warehouse)
                                    .add("supplier_id", supplier)
                                    .add("quantity", settings.stockPerProduct())
                                    .add("cost", new BigDecimal("1.00"))
                                    .build())
                    .expect(201, "stocking in product " + product);
        }
        for (long product : products) {
            // price and stock reach the order service by Kafka: a product is ready once a cart takes it
            JsonObject one = Json.createObjectBuilder()
                    .add("product_id", product)
                    .add("quantity", 1)
                    .build();
            await(
                    () -> api.post(ORDER, "/add-to-cart", admin, one),
                    200,
                    settings,
                    "the order service to sell product " + product);
            api.delete(ORDER, "/delete-item-from-cart?product_id=" + product, admin)
                    .expect(200, "emptying the admin's cart again");
        }

        log.printf("setup: registering and signing in %d customers%n", settings.users());
        return new Shop(List.copyOf(products), customers(api, settings.users(), runId));
    }

    /** Registration and sign-in hash passwords slowly on purpose; a few at a time shortens the setup. */
    private static List<Customer> customers(Api api, int count, String runId) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Customer>> registered = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String email = "bench-" + runId + "-" + i + "@example.org";
                String password = "Bench-" + UUID.randomUUID();
                int number = i;
                registered.add(pool.submit(() -> {
                    api.post(
                                    USER,
                                    "/add_user",
                                    null,
                                    Json.createObjectBuilder()
                                            .add("user_name", "Bench customer " + number)
                                            .add("user_email", email)
                                            .add("user_password", password)
                                            .build())
                            .expect(201, "registering " + email);
                    return new Customer(email, login(api, email, password, "signing in as " + email));
                }));
            }
            List<Customer> customers = new ArrayList<>();
            for (Future<Customer> customer : registered) {
                customers.add(customer.get());
            }
            return List.copyOf(customers);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while registering customers", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String login(Api api, String email, String password, String doing) {
        return api.post(
                        USER,
                        "/login",
                        null,
                        Json.createObjectBuilder()
                                .add("user_email", email)
                                .add("user_password", password)
                                .build())
                .expect(200, doing)
                .json()
                .getString("access_token");
    }

    /** Asks again every POLL until the answer has the status, for at most the setup timeout. */
    private static void await(Supplier<Api.Answer> call, int status, Settings settings, String what) {
        try {
            Poll.until(call, answer -> answer.status() == status, settings.setupTimeout(), POLL)
                    .expect(status, "waiting " + settings.setupTimeout().toSeconds() + " s for " + what);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        }
    }
}
