package it.onlinemart.order;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.onlinemart.Service;
import it.onlinemart.Traces;
import it.onlinemart.payment.Payments;
import it.onlinemart.user.Accounts;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Issue 11, "logs that follow an order": every saga log line names {@code order=<id> correlation=<uuid>}, so that
 * one grep of the order id shows its whole path through the services, under one correlation id, and that id also
 * finds the get_product_details answers given before the order existed.
 */
@MicroShedTest
class OrderTrailIT {

    private static final Duration LOGGED = Duration.ofSeconds(60);
    private static final Pattern TRAIL = Pattern.compile("order=(\\d+) correlation=(\\S+?):");

    /** The lines of each service's console log that contain the text, for the services that have any. */
    private static Map<Service, List<String>> linesContaining(String text) throws IOException {
        Map<Service, List<String>> found = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            List<String> lines = Traces.serviceLogLinesContaining(service, text);
            if (!lines.isEmpty()) {
                found.put(service, lines);
            }
        }
        return found;
    }

    private static boolean anyContains(List<String> lines, String text) {
        return lines != null && lines.stream().anyMatch(line -> line.contains(text));
    }

    @Test
    void oneGrepOfAnOrderShowsItsWholePathUnderOneCorrelationId() throws IOException {
        var tea = Shelf.stocked("3.10", 10);
        var ann = Accounts.newUser();
        long orderId = Orders.bought(ann.token(), tea.id(), 2);
        Payments.payWhenKnown(ann.token(), orderId, Payments.GOOD_CARD).statusCode(201);
        Orders.awaitStatus(ann.token(), orderId, "PAID");
        String grep = "order=" + orderId + " ";

        // the last step of each service's part: order PAID, payment SUCCEEDED, the receipt mailed
        Map<Service, List<String>> path = await().atMost(LOGGED)
                .until(
                        () -> linesContaining(grep),
                        found -> anyContains(found.get(Service.ORDER), ": PAID")
                                && anyContains(found.get(Service.INVENTORY), ": RESERVED")
                                && anyContains(found.get(Service.PAYMENT), " SUCCEEDED")
                                && anyContains(
                                        found.get(Service.NOTIFICATION), "mailed: Receipt for order " + orderId));

        assertEquals(
                Set.of(Service.ORDER, Service.INVENTORY, Service.PAYMENT, Service.NOTIFICATION),
                path.keySet(),
                "the services whose logs name the order: " + path);
        Set<String> correlationIds = path.values().stream()
                .flatMap(List::stream)
                .map(line -> {
                    Matcher trail = TRAIL.matcher(line);
                    assertTrue(trail.find(), "a line without the trail: " + line);
                    assertEquals(Long.toString(orderId), trail.group(1), line);
                    return trail.group(2);
                })
                .collect(Collectors.toSet());
        assertEquals(1, correlationIds.size(), "one correlation id on every line: " + path);
        String correlationId = correlationIds.iterator().next();
        assertFalse("-".equals(correlationId), "the correlation id is known on every line: " + path);
        UUID.fromString(correlationId);
        assertTrue(anyContains(path.get(Service.ORDER), ": PENDING, placed by user"), path.toString());
        assertTrue(anyContains(path.get(Service.NOTIFICATION), "queued, order CONFIRMED"), path.toString());

        // before the order existed, product and inventory answered get_product_details under the same id
        Map<Service, List<String>> asked = linesContaining("order=- correlation=" + correlationId + ":");
        assertTrue(anyContains(asked.get(Service.PRODUCT), "get_product_details answered"), asked.toString());
        assertTrue(anyContains(asked.get(Service.INVENTORY), "get_product_details answered"), asked.toString());
    }
}
