package org.onlinemart.devstack.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void statusRoundTrip() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("postgres", "running");
        parts.put("user", "ready");
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("ready", true);
        status.put("parts", parts);
        String json = Json.write(status);
        assertEquals("{\"ready\":true,\"parts\":{\"postgres\":\"running\",\"user\":\"ready\"}}", json);
        assertTrue(Json.isTrue(json, "ready"));
        assertFalse(Json.isTrue(json.replace("true", "false"), "ready"));
        assertEquals(parts, Json.stringFields(json));
    }

    @Test
    void escapesErrorMessages() {
        assertEquals("{\"error\":\"a \\\"b\\\"\\nc\"}", Json.write(Map.of("error", "a \"b\"\nc")));
    }
}
