package org.onlinemart.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ServiceInstanceTest {

    @Test
    void theFirstInstanceIsTheServiceItselfAndReplicasAreNumbered() {
        assertEquals("order", new ServiceInstance("order", 1).name());
        assertEquals(8004, new ServiceInstance("order", 1).port());
        assertEquals("order-3", new ServiceInstance("order", 3).name());
        assertEquals(8204, new ServiceInstance("order", 3).port());
        assertEquals(
                "http://127.0.0.1:8181",
                new ServiceInstance("user", 2).baseUrl().toString());
    }

    @Test
    void countsOutsideOneToFourAreRefused() {
        assertThrows(StackException.class, () -> ServiceInstance.of("order", 0));
        assertThrows(StackException.class, () -> ServiceInstance.of("order", 5));
        assertThrows(StackException.class, () -> ServiceInstance.of("shipping", 2));
        assertEquals(2, ServiceInstance.of("order", 2).size());
    }
}
