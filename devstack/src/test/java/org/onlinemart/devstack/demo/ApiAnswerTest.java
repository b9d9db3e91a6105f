package org.onlinemart.devstack.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiAnswerTest {

    private static ApiAnswer answer(int status, String contentType, String body) {
        return new ApiAnswer("POST :8004/order", status, contentType, body, Optional.empty());
    }

    @Test
    void readsTheFieldsAStepShows() {
        var order = answer(201, "application/json", "{\"order_id\":17,\"status\":\"PENDING\",\"total_price\":60.48}");
        assertEquals(17, order.id("order_id"));
        assertEquals("PENDING", order.text("status"));
        assertEquals(new BigDecimal("60.48"), order.money("total_price"));
    }

    @Test
    void anUnexpectedStatusFailsWithTheProblemTheServiceAnswered() {
        String problem = "{\"type\":\"about:blank\",\"status\":400,\"detail\":\"The cart is empty\"}";
        var answer = answer(400, "application/problem+json", problem);
        var failure = assertThrows(DemoFailure.class, () -> answer.expect(201, "placing the order"));
        assertEquals("placing the order: POST :8004/order answered 400, not 201", failure.getMessage());
        assertSame(answer, failure.answer().orElseThrow());
        assertEquals(problem, failure.answer().orElseThrow().shown());
    }

    @Test
    void aMissingFieldOrAPageThatIsNotJsonFailsTheDemo() {
        assertThrows(
                DemoFailure.class, () -> answer(201, "application/json", "{}").id("order_id"));
        assertThrows(
                DemoFailure.class,
                () -> answer(201, "application/json", "{\"order_id\":\"17\"}").id("order_id"));
        var page = answer(404, "text/html", "<!DOCTYPE html><html>Context Root Not Found</html>");
        assertThrows(DemoFailure.class, () -> page.text("status"));
        assertTrue(page.shown().startsWith("(text/html, 50 characters, not shown"), page.shown());
    }
}
