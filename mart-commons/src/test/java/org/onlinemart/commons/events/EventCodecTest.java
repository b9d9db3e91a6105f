package org.onlinemart.commons.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    @Test
    void writesTheFieldsOfTheContractInSnakeCase() {
        UUID id = UUID.fromString("0b7e5c1e-3c55-4a52-9d1f-1c2f3e4d5a6b");
        String json = EventCodec.toJson(
                new ProductCreated(id, Instant.parse("2026-11-25T10:15:30Z"), 42, "Kettle", "Boils water"));

        assertTrue(json.contains("\"event_id\":\"" + id + "\""), json);
        assertTrue(json.contains("\"occurred_at\":\"2026-11-25T10:15:30Z\""), json);
        assertTrue(json.contains("\"product_id\":42"), json);
        assertTrue(json.contains("\"product_name\":\"Kettle\""), json);
        assertFalse(json.contains("partition"), "the Kafka key is not part of the payload: " + json);
    }

    @Test
    void readsBackWhatItWrote() {
        var sent = ProductPriceSet.of(7, "Kettle", new BigDecimal("19.90"), Instant.parse("2026-12-01T00:00:00Z"));

        var received = EventCodec.fromJson(EventCodec.toJson(sent), ProductPriceSet.class);

        assertEquals(sent, received);
        assertEquals(new BigDecimal("19.90"), received.price());
    }

    @Test
    void readsNestedRecordsAndEnums() {
        var sent = StockDeductionDecided.of(
                9,
                StockDeductionDecided.Outcome.REJECTED,
                List.of(new StockDeductionDecided.Shortage(3, 5, 2)),
                UUID.randomUUID());

        String json = EventCodec.toJson(sent);

        assertTrue(json.contains("\"status\":\"REJECTED\""), json);
        assertTrue(json.contains("{\"available\":2,\"product_id\":3,\"requested\":5}"), json);
        assertEquals(sent, EventCodec.fromJson(json, StockDeductionDecided.class));
    }

    @Test
    void ignoresFieldsItDoesNotKnow() {
        var event = EventCodec.fromJson("""
                {"event_id":"0b7e5c1e-3c55-4a52-9d1f-1c2f3e4d5a6b","occurred_at":"2026-11-25T10:15:30Z",
                 "product_id":5,"available":12,"warehouse":"north"}""", StockLevelChanged.class);

        assertEquals(12, event.available());
    }

    @Test
    void carriesTheCorrelationIdOfTheOrder() {
        UUID correlation = UUID.fromString("5b1e0c2a-7d4f-4c1e-9a3b-2f6d8e0a1c4b");
        var sent = OrderStatusChanged.of(155, 7, "CONFIRMED", new BigDecimal("4.80"), correlation);

        String json = EventCodec.toJson(sent);

        assertTrue(json.contains("\"correlation_id\":\"" + correlation + "\""), json);
        assertEquals(sent, EventCodec.fromJson(json, OrderStatusChanged.class));
    }

    @Test
    void readsAnOrderEventOfAnOlderProducerWithoutCorrelationId() {
        var event = EventCodec.fromJson("""
                {"event_id":"0b7e5c1e-3c55-4a52-9d1f-1c2f3e4d5a6b","occurred_at":"2026-11-25T10:15:30Z",
                 "order_id":155,"items":[{"product_id":3,"quantity":2}]}""", StockDeductionRequested.class);

        assertEquals(155, event.orderId());
        assertEquals(List.of(new StockDeductionRequested.Line(3, 2)), event.items());
        assertNull(event.correlationId());
    }

    @Test
    void refusesPayloadsThatAreNotEvents() {
        assertThrows(MalformedEventException.class, () -> EventCodec.fromJson("not json", ProductCreated.class));
        assertThrows(
                MalformedEventException.class, () -> EventCodec.fromJson("{\"product_id\":1}", ProductCreated.class));
        assertThrows(MalformedEventException.class, () -> EventCodec.fromJson(null, ProductCreated.class));
    }

    @Test
    void keysEventsByTheirAggregate() {
        assertEquals("42", ProductCreated.of(42, "Kettle", null).partitionKey());
        assertEquals("inventory_creation", EventCodec.topicOf(ProductCreated.class));
    }
}
