package org.onlinemart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ControlTest {

    private static Control.Switch answered(int status, String body) {
        return new Control.Switch("POST /kafka/stop", new Api.Answer(status, body, 0, 0));
    }

    @Test
    void aPartThatIsNotTheDevstacksIsSkippedWithTheControlApisReason() {
        Control.Switch external =
                answered(409, "{\"error\":\"Kafka is external (KAFKA_BOOTSTRAP_SERVERS): not ours to switch\"}");
        assertTrue(external.external());
        assertFalse(external.done());
        assertEquals("Kafka is external (KAFKA_BOOTSTRAP_SERVERS): not ours to switch", external.why());
    }

    @Test
    void anyOtherFailureNamesTheRequestAndItsAnswer() {
        assertTrue(answered(200, "{\"kafka\":\"stopped\"}").done());
        assertEquals(
                "POST /kafka/stop: 500 {\"error\":\"boom\"}",
                answered(500, "{\"error\":\"boom\"}").why());
        assertEquals(
                "POST /kafka/stop: no answer (java.net.ConnectException)",
                answered(Api.NO_ANSWER, "java.net.ConnectException").why());
        assertEquals("POST /kafka/stop: 409 not json", answered(409, "not json").why());
    }
}
