package it.onlinemart.faults;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import it.onlinemart.DevStackControl;
import it.onlinemart.Service;
import it.onlinemart.Traces;
import it.onlinemart.order.Orders;
import it.onlinemart.order.Shelf;
import it.onlinemart.user.Accounts;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Two instances of the order service and two of inventory, as {@code DEVSTACK_REPLICAS=order=2,inventory=2} or the
 * control API's scale runs them: a placement through either order instance is answered (the replies reach the
 * instance that waits for them), both inventory instances take their share of the reservations, and killing one
 * instance of each under load loses no order and no unit of stock.
 */
@MicroShedTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {

    /** Past the reply timeout, the PENDING reconciliation's first ask (60 s) and Kafka's session timeout (45 s). */
    private static final Duration SETTLED = Duration.ofMinutes(4);

    @BeforeAll
    static void twoInstancesOfOrderAndInventory() {
        CompletableFuture.allOf(
                        CompletableFuture.runAsync(() -> DevStackControl.scale("order", 2)),
                        CompletableFuture.runAsync(() -> DevStackControl.scale("inventory", 2)))
                .join();
    }

    @AfterAll
    static void backToOneEach() {
        CompletableFuture.allOf(
                        CompletableFuture.runAsync(() -> DevStackControl.scale("order", 1)),
                        CompletableFuture.runAsync(() -> DevStackControl.scale("inventory", 1)))
                .join();
    }

    @Test
    @Order(1)
    void eitherOrderInstancePlacesOrdersAndBothInventoryInstancesReserve() throws IOException {
        Shelf.Product product = Shelf.stocked("3.20", 100);
        List<Long> orderIds = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int instance = i % 2 + 1;
            String token = Accounts.newUser().token();
            Service.ORDER
                    .requestToInstance(instance, token)
                    .body(Map.of("product_id", product.id(), "quantity", 1))
                    .post("/add-to-cart")
                    .then()
                    .statusCode(200);
            // a 503 here would mean the instance never saw the replies to its own requests
            long orderId = Service.ORDER
                    .requestToInstance(instance, token)
                    .post("/order")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("order_id");
            orderIds.add(orderId);
            Orders.awaitStatus(token, orderId, "CONFIRMED"); // read through the first instance
        }
        assertEquals(80, Orders.available(product.id()), "100 stocked, 20 sold");

        // inventory's partitions are shared: each instance reserved some of the orders (keyed by order id)
        for (String instance : List.of("inventory", "inventory-2")) {
            assertTrue(
                    orderIds.stream().anyMatch(id -> logged(instance, "order=" + id + " ")),
                    instance + " reserved none of " + orderIds);
        }
    }

    @Test
    @Order(2)
    void killingAnInstanceOfEachUnderLoadLosesNothing() throws InterruptedException {
        int stocked = 2_000;
        Shelf.Product product = Shelf.stocked("1.10", stocked);
        List<Accounts.Account> customers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            customers.add(Accounts.newUser());
        }
        Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(customers.size());
        for (int c = 0; c < customers.size(); c++) {
            String token = customers.get(c).token();
            int firstInstance = c % 2 + 1;
            load.submit(() -> orderEverySecond(token, product.id(), firstInstance, loading, answers));
        }

        TimeUnit.SECONDS.sleep(10); // load on both instances before the crash, and after it
        DevStackControl.kill("order-2");
        DevStackControl.kill("inventory-2");
        TimeUnit.SECONDS.sleep(30);
        loading.set(false);
        load.shutdown();
        assertTrue(load.awaitTermination(2, TimeUnit.MINUTES), "the load ended");
        assertTrue(answers.getOrDefault(201, new AtomicInteger()).get() > 20, "orders were placed: " + answers);

        // every order any customer has (placed before, during and after the crash) is decided, none left PENDING,
        // and the stock holds exactly the units of the CONFIRMED ones
        await().atMost(SETTLED).pollInterval(Duration.ofSeconds(5)).untilAsserted(() -> {
            int sold = 0;
            for (Accounts.Account customer : customers) {
                for (Map<String, Object> order : ordersOf(customer.token())) {
                    assertFalse("PENDING".equals(order.get("status")), "order " + order.get("order_id") + " PENDING");
                    if ("CONFIRMED".equals(order.get("status"))) {
                        sold += unitsOf(order);
                    }
                }
            }
            assertEquals(stocked - sold, Orders.available(product.id()), "available = stocked − CONFIRMED units");
        });

        // the devstack's watchdog brings the killed instances back, as an orchestrator would
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofSeconds(5))
                .until(() -> ready(Service.ORDER, 2) && ready(Service.INVENTORY, 2));
    }

    /** One order a second through alternate instances, until told to stop; a failed one leaves its cart as is. */
    private static void orderEverySecond(
            String token,
            long productId,
            int firstInstance,
            AtomicBoolean loading,
            Map<Integer, AtomicInteger> answers) {
        for (int i = 0; loading.get(); i++) {
            int instance = (firstInstance + i) % 2 + 1;
            int status;
            try {
                Service.ORDER
                        .requestToInstance(instance, token)
                        .body(Map.of("product_id", productId, "quantity", 1))
                        .post("/add-to-cart");
                status = Service.ORDER
                        .requestToInstance(instance, token)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .post("/order")
                        .statusCode();
            } catch (RuntimeException refusedOrCut) { // the killed instance, until it is back
                status = 0;
            }
            answers.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            try {
                TimeUnit.SECONDS.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static List<Map<String, Object>> ordersOf(String token) {
        Response page = Service.ORDER.request(token).get("/orders?size=100");
        assertEquals(200, page.statusCode());
        return page.jsonPath().getList("items");
    }

    @SuppressWarnings("unchecked")
    private static int unitsOf(Map<String, Object> order) {
        return ((List<Map<String, Object>>) order.get("items"))
                .stream()
                        .mapToInt(line -> ((Number) line.get("quantity")).intValue())
                        .sum();
    }

    private static boolean logged(String instance, String text) {
        try {
            return !Traces.instanceLogLinesContaining(instance, text).isEmpty();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean ready(Service service, int instance) {
        try {
            return service.requestToInstance(instance).get("/health/ready").statusCode() == 200;
        } catch (Exception notListening) { // RestAssured throws the ConnectException unchecked
            return false;
        }
    }
}
