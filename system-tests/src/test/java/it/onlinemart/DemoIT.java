package it.onlinemart;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.onlinemart.notification.Mailbox;
import it.onlinemart.order.Orders;
import it.onlinemart.user.Accounts;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.onlinemart.devstack.DevStack;
import org.onlinemart.devstack.demo.ShopDemo;

/**
 * `devstack demo` as a user runs it, twice in a row against the running stack: both runs succeed, the second
 * reuses the customer, its order ends PAID, and the output shows the mails about it and no secret.
 */
@MicroShedTest
class DemoIT {

    /** What a run printed and how it ended. */
    private record Run(int exitCode, String output) {

        long orderId() {
            Matcher placed = Pattern.compile("POST :8004/order\\s+201\\s+order_id (\\d+) PENDING")
                    .matcher(output);
            assertTrue(placed.find(), output);
            return Long.parseLong(placed.group(1));
        }
    }

    @Test
    void runsTwiceAndTheSecondRunsOrderIsPaidWithItsMailsShownAndNoSecret() throws Exception {
        Run first = demo();
        assertEquals(0, first.exitCode(), first.output());
        Run second = demo();
        assertEquals(0, second.exitCode(), second.output());

        String customer = ShopDemo.CUSTOMER.email();
        assertTrue(second.output().contains(customer + " exists from an earlier run: signing in"), second.output());
        long orderId = second.orderId();
        assertNotEquals(first.orderId(), orderId);
        assertTrue(second.output().contains("order " + orderId + " is CONFIRMED"), second.output());
        assertTrue(second.output().contains("order " + orderId + " is PAID"), second.output());
        String token = Accounts.tokenFor(customer, ShopDemo.CUSTOMER.password());
        Orders.read(token, orderId).statusCode(200).body("status", equalTo("PAID"));

        List<String> subjects = List.of(
                "We received your order " + orderId,
                "Your order " + orderId + " is confirmed",
                "Your order " + orderId + " is paid",
                "Receipt for order " + orderId + ": payment received");
        for (String subject : subjects) {
            assertTrue(second.output().contains("\"" + subject + "\""), subject + " shown in\n" + second.output());
            Mailbox.awaitMail(customer, subject);
        }

        for (Run run : List.of(first, second)) {
            assertTrue(run.output().contains("4242 **** **** 4242"), run.output());
            assertFalse(run.output().contains(ShopDemo.TEST_CARD), run.output());
            assertFalse(run.output().contains(ShopDemo.CUSTOMER.password()), run.output());
            assertFalse(run.output().contains(Accounts.ADMIN_PASSWORD), run.output());
        }
    }

    /**
     * `devstack demo` in a JVM of its own, on devstack's classes wherever the build put them (devstack.jar,
     * target/classes): the demo needs nothing else.
     */
    private static Run demo() throws IOException, InterruptedException, URISyntaxException {
        Path devstack = Path.of(DevStack.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path output = Files.createTempFile("devstack-demo", ".log");
        try {
            Process process = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            devstack.toString(),
                            DevStack.class.getName(),
                            "demo")
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            boolean ended = process.waitFor(4, TimeUnit.MINUTES);
            if (!ended) {
                process.destroyForcibly().waitFor();
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            System.out.println(printed);
            return new Run(ended ? process.exitValue() : -1, printed);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
