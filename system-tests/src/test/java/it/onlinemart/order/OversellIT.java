package it.onlinemart.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import it.onlinemart.user.Accounts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * A hundred customers order the last ten units at the same instant: exactly ten orders get them, every other
 * customer is told no, and the stock never goes below zero on the way.
 */
@MicroShedTest
class OversellIT {

    private static final int UNITS = 10;
    private static final int CUSTOMERS = 100;

    @Test
    void aHundredCustomersOrderingTheLastTenUnitsAtOnceGetExactlyTen() throws Exception {
        var lastTen = Shelf.stocked("9.99", UNITS);
        List<String> customers = fewAtATime(
                Collections.nCopies(CUSTOMERS, () -> Accounts.newUser().token()));
        fewAtATime(customers.stream()
                .map(token -> (Callable<Object>)
                        () -> Carts.add(token, lastTen.id(), 1).statusCode(200))
                .toList());
        AtomicInteger unavailable = new AtomicInteger();
        AtomicInteger lowestSeen = new AtomicInteger(UNITS);
        AtomicInteger looks = new AtomicInteger();
        ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor();
        watch.scheduleWithFixedDelay(
                () -> {
                    lowestSeen.accumulateAndGet(Orders.available(lastTen.id()), Math::min);
                    looks.incrementAndGet();
                },
                0,
                50,
                TimeUnit.MILLISECONDS);

        List<ExtractableResponse<Response>> answers;
        Map<String, List<JsonPath>> decided;
        try {
            answers = AllAtOnce.call(customers.stream()
                    .map(token -> (Callable<ExtractableResponse<Response>>) () -> Orders.placeHonouringRetryAfter(
                            token, UUID.randomUUID().toString(), Duration.ofSeconds(60), unavailable))
                    .toList());
            decided = decisions(customers, answers);
        } finally {
            watch.shutdownNow();
        }

        System.out.printf(
                "Oversell: %d answers 201, %d answers 409, %d answers 503 repeated after Retry-After;"
                        + " orders %s; availability looked at %d times%n",
                count(answers, 201),
                count(answers, 409),
                unavailable.get(),
                decided.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue().size())
                        .toList(),
                looks.get());
        answers.forEach(answer -> assertTrue(
                answer.statusCode() == 201 || answer.statusCode() == 409,
                answer.statusCode() + " " + answer.asString()));
        List<JsonPath> confirmed = decided.getOrDefault("CONFIRMED", List.of());
        assertEquals(UNITS, confirmed.size(), "CONFIRMED orders");
        assertEquals(
                count(answers, 201) - UNITS,
                decided.getOrDefault("REJECTED", List.of()).size(),
                "every other placed order is REJECTED");
        int unitsConfirmed = confirmed.stream()
                .mapToInt(order -> order.getInt("items[0].quantity"))
                .sum();
        assertEquals(0, Orders.available(lastTen.id()), "available at the end");
        assertEquals(UNITS - Orders.available(lastTen.id()), unitsConfirmed, "units confirmed = units taken");
        assertTrue(
                looks.get() > 0 && lowestSeen.get() >= 0,
                "available never went below zero: lowest " + lowestSeen.get() + " in " + looks.get() + " looks");
        for (int i = 0; i < CUSTOMERS; i++) {
            if (answers.get(i).statusCode() == 409) {
                assertEquals(
                        List.of(lastTen.id()),
                        answers.get(i).jsonPath().getList("shortages.product_id", Long.class),
                        "409 for the short product");
                assertEquals(List.of(1), Carts.viewed(customers.get(i)).getList("items.quantity"), "cart kept");
            }
        }
    }

    /** The placed orders once inventory has decided each, by status. */
    private static Map<String, List<JsonPath>> decisions(
            List<String> customers, List<ExtractableResponse<Response>> answers) {
        List<JsonPath> orders = new ArrayList<>();
        for (int i = 0; i < customers.size(); i++) {
            if (answers.get(i).statusCode() == 201) {
                long orderId = answers.get(i).jsonPath().getLong("order_id");
                Orders.awaitDecided(customers.get(i), orderId);
                orders.add(Orders.json(Orders.read(customers.get(i), orderId).statusCode(200)));
            }
        }
        return orders.stream().collect(Collectors.groupingBy(order -> order.getString("status")));
    }

    private static long count(List<ExtractableResponse<Response>> answers, int status) {
        return answers.stream().filter(answer -> answer.statusCode() == status).count();
    }

    /** Registering is slow on purpose (password hashing): a few calls at a time, as a small pool of clients. */
    private static <T> List<T> fewAtATime(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
