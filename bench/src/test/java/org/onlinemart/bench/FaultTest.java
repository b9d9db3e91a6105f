package org.onlinemart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultTest {

    @Test
    void servicesAreKilledAndInfrastructureIsStoppedForItsSeconds() {
        assertEquals(
                List.of(
                        new Fault.Kill(Api.Service.ORDER),
                        new Fault.Outage("kafka", 30),
                        new Fault.Kill(Api.Service.PAYMENT),
                        new Fault.Outage("postgres", 5),
                        new Fault.Outage("smtp", 15)),
                Fault.parseList("order,kafka:30, payment ,POSTGRES:5,smtp:15"));
    }

    @Test
    void everyServiceOfTheStackCanBeKilled() {
        assertEquals(
                List.of("user", "inventory", "product", "order", "notification", "payment"),
                Fault.parseList("user,inventory,product,order,notification,payment").stream()
                        .map(Fault::label)
                        .toList());
    }

    @Test
    void labelsSpellTheFaultAsTheFlagDoes() {
        assertEquals("kafka:30", new Fault.Outage("kafka", 30).label());
        assertEquals("order", new Fault.Kill(Api.Service.ORDER).label());
    }

    @Test
    void anOutageLastsItsSecondsAndThenAtMostTheRecoveryTimeout() {
        Duration recovery = Duration.ofSeconds(300);
        assertEquals(Duration.ofSeconds(330), new Fault.Outage("kafka", 30).longest(recovery));
        assertEquals(recovery, new Fault.Kill(Api.Service.USER).longest(recovery));
    }

    @Test
    void wrongEntriesAreRefusedSayingWhatTheyShouldLookLike() {
        assertMessage(
                "redis",
                "unknown fault 'redis': name a service (user, inventory, product, order, notification, "
                        + "payment) to kill it, or kafka:<seconds>, postgres:<seconds>, smtp:<seconds>");
        assertMessage("kafka", "fault 'kafka' needs a down time in seconds, e.g. kafka:30");
        assertMessage("kafka:", "fault 'kafka:': the down time must be a whole number of seconds, at least 1");
        assertMessage("smtp:0", "fault 'smtp:0': the down time must be a whole number of seconds, at least 1");
        assertMessage("postgres:ten", "the down time must be a whole number of seconds");
        assertMessage("postgres:2.5", "the down time must be a whole number of seconds");
        assertMessage("order:10", "fault 'order:10': a killed service comes back by itself and takes no down time");
        assertMessage("order,,kafka:3", "--faults has an empty entry: 'order,,kafka:3'");
        assertMessage("", "--faults has an empty entry");
        assertMessage("order,", "--faults has an empty entry");
    }

    private static void assertMessage(String faults, String expected) {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> Fault.parseList(faults), faults);
        assertTrue(
                refused.getMessage().startsWith(expected)
                        || refused.getMessage().contains(expected),
                faults + " → " + refused.getMessage());
    }
}
