package it.onlinemart.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.onlinemart.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Each service's OpenAPI document is one a person can use: every operation says what it does, how it fails, and
 * shows an example of what it takes and what it answers. Each test lists every gap of one service at once.
 */
@MicroShedTest
class ApiDocumentExamplesIT {

    private static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @ParameterizedTest
    @EnumSource(Service.class)
    void everyOperationHasASummary(Service service) {
        var document = ApiDocument.of(service);
        List<String> gaps = new ArrayList<>();
        document.operations((name, operation) -> {
            Object summary = operation.get("summary");
            if (!(summary instanceof String text) || text.isBlank()) {
                gaps.add(name + " has no summary");
            }
        });
        assertEquals(List.of(), gaps, service + "'s document");
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void everyOperationDocumentsItsErrorAnswersAsProblems(Service service) {
        var document = ApiDocument.of(service);
        List<String> gaps = new ArrayList<>();
        document.operations((name, operation) -> {
            Map<String, Object> responses = map(operation.get("responses"));
            if (responses.keySet().stream().noneMatch(status -> status.startsWith("4"))) {
                gaps.add(name + " documents no 4xx answer");
            }
            responses.forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    Map<String, Object> problem =
                            map(map(map(response).get("content")).get(PROBLEM_MEDIA_TYPE));
                    if (!PROBLEM_SCHEMA.equals(map(problem.get("schema")).get("$ref"))) {
                        gaps.add(name + " answers " + status + " without the Problem schema as " + PROBLEM_MEDIA_TYPE);
                    }
                }
            });
        });
        assertEquals(List.of(), gaps, service + "'s document");
    }

    /**
     * A body has an example when its media type has one, or its schema: when the schema has one itself
     * ({@code example}, or OpenAPI 3.1's {@code examples}), when it is an array whose items have one, or when it is
     * an object each of whose properties has one, which is what Swagger UI builds its "Example Value" from. A
     * property without one is named, e.g. {@code items[].unit_price}.
     */
    @ParameterizedTest
    @EnumSource(Service.class)
    void everyRequestAndSuccessfulAnswerBodyHasAnExample(Service service) {
        var document = ApiDocument.of(service);
        List<String> gaps = new ArrayList<>();
        document.operations((name, operation) -> {
            map(map(operation.get("requestBody")).get("content"))
                    .forEach((mediaType, body) -> document.withoutExample(map(body))
                            .forEach(
                                    where -> gaps.add(name + " request " + mediaType + " has no example" + at(where))));
            map(operation.get("responses")).forEach((status, response) -> {
                if (status.startsWith("2")) {
                    map(map(response).get("content"))
                            .forEach((mediaType, body) -> document.withoutExample(map(body))
                                    .forEach(where -> gaps.add(name + " answer " + status + " " + mediaType
                                            + " has no example" + at(where))));
                }
            });
        });
        assertEquals(List.of(), gaps, service + "'s document");
    }

    private static String at(String where) {
        return where.isEmpty() ? "" : " for " + where;
    }

    private static Map<String, Object> map(Object value) {
        return ApiDocument.map(value);
    }
}
