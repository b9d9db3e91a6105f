package org.onlinemart.commons.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.config.PropertyNamingStrategy;
import java.util.List;
import org.junit.jupiter.api.Test;

public class MalformedRequestMappersTest {

    /** Public, as JSON-B must reach its constructor. */
    public record NewProduct(String productName, Long categoryId) {}

    private final Jsonb jsonb = JsonbBuilder.create(
            new JsonbConfig().withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));

    private Problem answerTo(String body) {
        JsonbException failure = assertThrows(JsonbException.class, () -> jsonb.fromJson(body, NewProduct.class));
        return MalformedRequestMappers.problemFor(failure, "/product-creation");
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        Problem problem = answerTo("{\"product_name\":\"Cup\",\"category_id\":\"abc\"}");

        assertEquals(400, problem.status());
        assertEquals(List.of(new Problem.FieldError("category_id", "wrong type or format")), problem.errors());
    }

    @Test
    void brokenJsonIsAboutTheBody() {
        Problem problem = answerTo("{\"product_name\": ");

        assertEquals(400, problem.status());
        assertEquals("body", problem.errors().get(0).field());
    }
}
