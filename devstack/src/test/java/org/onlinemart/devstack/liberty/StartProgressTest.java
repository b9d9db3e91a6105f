package org.onlinemart.devstack.liberty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartProgressTest {

    private static Map<String, String> states(String... nameThenState) {
        Map<String, String> states = new LinkedHashMap<>();
        for (int i = 0; i < nameThenState.length; i += 2) {
            states.put(nameThenState[i], nameThenState[i + 1]);
        }
        return states;
    }

    @Test
    void itNamesTheServersNotReadyYetAndTheOnesThatAre() {
        assertEquals(
                Optional.of("liberty: waiting for order, payment (45.0 s; ready: user)"),
                StartProgress.line(states("user", "ready", "order", "starting", "payment", "starting"), "45.0 s"));
        assertEquals(
                Optional.of("liberty: waiting for user, order (15.0 s)"),
                StartProgress.line(states("user", "starting", "order", "pending"), "15.0 s"));
    }

    @Test
    void itSaysNothingOnceAllAreReady() {
        assertEquals(Optional.empty(), StartProgress.line(states("user", "ready", "order", "ready"), "80.0 s"));
    }
}
