package it.onlinemart.security;

import static org.junit.jupiter.api.Assertions.assertFalse;

import it.onlinemart.Service;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One service's OpenAPI document, as the JSON maps it was read into. */
record ApiDocument(Service service, Map<String, Object> json) {

    /** Deeper than any DTO here; a schema that refers to itself would otherwise be followed for ever. */
    private static final int MAX_DEPTH = 8;

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    static ApiDocument of(Service service) {
        Map<String, Object> json = service.request()
                .accept("application/json")
                .get("/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$");
        var document = new ApiDocument(service, json);
        assertFalse(map(json.get("paths")).isEmpty(), service + " documents no paths");
        return document;
    }

    interface OperationCheck {
        void check(String name, Map<String, Object> operation);
    }

    /** Each operation, named like "POST /orders/{id}/cancel". */
    void operations(OperationCheck check) {
        operations().forEach(operation -> check.check(operation.name(), operation.json()));
    }

    /** One operation of the document: its method, its path template, and the rest as JSON. */
    record Operation(Service service, String method, String path, Map<String, Object> json) {

        String name() {
            return method + " " + path;
        }

        /** Guarded by @RolesAllowed: the document's filter gives such operations a bearer security requirement. */
        boolean needsToken() {
            return json.get("security") instanceof Collection<?> requirements && !requirements.isEmpty();
        }

        /** Ordinary users may not call it: the filter documents a 403 for those. */
        boolean adminOnly() {
            return map(json.get("responses")).containsKey("403");
        }

        /** Its query and path parameters, each with its schema. */
        List<Map<String, Object>> parameters() {
            return json.get("parameters") instanceof List<?> list
                    ? list.stream().map(ApiDocument::map).toList()
                    : List.of();
        }

        /** The media types of its request body, with their schemas and examples. */
        Map<String, Object> requestBodies() {
            return map(map(json.get("requestBody")).get("content"));
        }

        @Override
        public String toString() {
            return service.serverName() + " " + name();
        }
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        map(json.get("paths"))
                .forEach((path, item) -> map(item).forEach((method, operation) -> {
                    if (METHODS.contains(method)) {
                        operations.add(new Operation(service, method.toUpperCase(Locale.ROOT), path, map(operation)));
                    }
                }));
        return operations;
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
            properties.forEach((property, propertySchema) -> missing.addAll(
                    withoutExample(propertySchema, where.isEmpty() ? property : where + "." + property, depth + 1)));
            return missing;
        }
        return List.of(where);
    }

    /**
     * The example value a schema gives, built as Swagger UI builds its "Example Value": the schema's own example, or
     * the example of an array's items, or of each property of an object; null when there is none.
     */
    Object exampleOf(Object schemaOrReference) {
        return exampleOf(resolved(map(schemaOrReference)), 0);
    }

    private Object exampleOf(Map<String, Object> schema, int depth) {
        if (schema.get("example") != null) {
            return schema.get("example");
        }
        if (schema.get("examples") instanceof List<?> examples && !examples.isEmpty()) {
            return examples.get(0);
        }
        if (depth < MAX_DEPTH && schema.containsKey("items")) {
            Object item = exampleOf(resolved(map(schema.get("items"))), depth + 1);
            return item == null ? List.of() : List.of(item);
        }
        Map<String, Object> properties = map(schema.get("properties"));
        if (depth < MAX_DEPTH && !properties.isEmpty()) {
            Map<String, Object> object = new LinkedHashMap<>();
            properties.forEach((property, propertySchema) -> {
                Object value = exampleOf(resolved(map(propertySchema)), depth + 1);
                if (value != null) {
                    object.put(property, value);
                }
            });
            return object;
        }
        return null;
    }

    /** The schema with its reference followed, as a map; an empty map for none. */
    Map<String, Object> schema(Object schemaOrReference) {
        return resolved(map(schemaOrReference));
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

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
