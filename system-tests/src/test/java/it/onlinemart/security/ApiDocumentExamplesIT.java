package it.onlinemart.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import it.onlinemart.Service;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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
    /** Deeper than any DTO here; a schema that refers to itself would otherwise be followed for ever. */
    private static final int MAX_DEPTH = 8;

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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** One service's OpenAPI document, as the JSON maps it was read into. */
    private record ApiDocument(Map<String, Object> json) {

        static ApiDocument of(Service service) {
            Map<String, Object> json = service.request()
                    .accept("application/json")
                    .get("/openapi")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getMap("$");
            var document = new ApiDocument(json);
            assertFalse(map(json.get("paths")).isEmpty(), service + " documents no paths");
            return document;
        }

        interface OperationCheck {
            void check(String name, Map<String, Object> operation);
        }

        /** Each operation, named like "POST /orders/{id}/cancel". */
        void operations(OperationCheck check) {
            map(json.get("paths"))
                    .forEach((path, item) -> map(item).forEach((method, operation) -> {
                        if (List.of("get", "put", "post", "delete", "patch").contains(method)) {
                            check.check(method.toUpperCase(Locale.ROOT) + " " + path, map(operation));
                        }
                    }));
        }

        /** Where a body of this media type has no example: nowhere (an empty list), anywhere (""), or properties. */
        List<String> withoutExample(Map<String, Object> mediaType) {
            boolean hasOwnExample = mediaType.get("example") != null
                    || !map(mediaType.get("examples")).isEmpty();
            return hasOwnExample ? List.of() : withoutExample(mediaType.get("schema"), "", 0);
        }

        private List<String> withoutExample(Object schemaOrReference, String where, int depth) {
            Map<String, Object> schema = resolved(map(schemaOrReference));
            if (hasOwnExample(schema)) {
                return List.of();
            }
            if (depth < MAX_DEPTH && schema.containsKey("items")) {
                return withoutExample(schema.get("items"), where + "[]", depth + 1);
            }
            Map<String, Object> properties = map(schema.get("properties"));
            if (depth < MAX_DEPTH && !properties.isEmpty()) {
                List<String> missing = new ArrayList<>();
                properties.forEach((property, propertySchema) -> missing.addAll(withoutExample(
                        propertySchema, where.isEmpty() ? property : where + "." + property, depth + 1)));
                return missing;
            }
            return List.of(where);
        }

        private static boolean hasOwnExample(Map<String, Object> schema) {
            return schema.get("example") != null
                    || (schema.get("examples") instanceof Collection<?> examples && !examples.isEmpty());
        }

        private Map<String, Object> resolved(Map<String, Object> schema) {
            Map<String, Object> resolved = schema;
            for (int hops = 0; resolved.get("$ref") instanceof String reference && hops < MAX_DEPTH; hops++) {
                String name = reference.substring(reference.lastIndexOf('/') + 1);
                resolved = map(map(map(json.get("components")).get("schemas")).get(name));
                assertFalse(resolved.isEmpty(), reference + " is not among the document's schemas");
            }
            return resolved;
        }
    }
}
