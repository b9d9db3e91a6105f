package org.onlinemart.commons.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

    /** As the services write bodies: snake_case property names. */
    private static final Jsonb JSONB = JsonbBuilder.create(
            new JsonbConfig().withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));

    public record Shortage(long productId, int requested, int available) {}

    @Test
    void aProblemWithoutFieldsOrExtensionsHasOnlyTheStandardMembers() {
        assertEquals(
                "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                        + "\"detail\":\"Order 7 not found\",\"instance\":\"orders/7\"}",
                JSONB.toJson(Problem.of(Status.NOT_FOUND, "Order 7 not found", "orders/7")));
    }

    @Test
    void extensionMembersStandBesideTheStandardOnesWithTheirNamesAsGiven() {
        Problem problem = Problem.of(
                        Status.CONFLICT, "Too little", "order", List.of(new Problem.FieldError("product_id", "short")))
                .with("shortages", List.of(new Shortage(3, 5, 2)));

        assertEquals(
                "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"detail\":\"Too little\","
                        + "\"instance\":\"order\",\"errors\":[{\"field\":\"product_id\",\"message\":\"short\"}],"
                        + "\"shortages\":[{\"available\":2,\"product_id\":3,\"requested\":5}]}",
                JSONB.toJson(problem));
    }
}
