package it.onlinemart.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import it.onlinemart.Service;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.microshed.testing.jupiter.MicroShedTest;

/** Each service's OpenAPI document tells who may call each endpoint, as the endpoints themselves check it. */
@MicroShedTest
class ApiDocumentIT {

    static Stream<ProtectedEndpoint> protectedEndpoints() {
        return ProtectedEndpoint.all().stream();
    }

    private static JsonPath documentOf(Service service) {
        return service.request()
                .accept("application/json")
                .get("/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The document's operation for a called path: "/orders/1?x=y" is documented as "/orders/{id}". */
    private static Map<String, Object> operation(JsonPath document, String method, String calledPath) {
        String path = calledPath.replaceFirst("\\?.*", "");
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        return paths.entrySet().stream()
                .filter(entry -> path.matches(entry.getKey().replaceAll("\\{[^/]+}", "[^/]+")))
                .map(entry -> entry.getValue().get(method.toLowerCase(Locale.ROOT)))
                .filter(operation -> operation != null)
                .findFirst()
                .orElseThrow(() -> new AssertionError(method + " " + path + " is not documented"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> responses(Map<String, Object> operation) {
        return (Map<String, Object>) operation.get("responses");
    }

    @ParameterizedTest
    @MethodSource("protectedEndpoints")
    void everyProtectedEndpointIsDocumentedWithTheBearerTokenItNeedsAndItsRefusals(ProtectedEndpoint endpoint) {
        var operation = operation(documentOf(endpoint.service()), endpoint.method(), endpoint.path());

        assertEquals(List.of(Map.of("bearer", List.of())), operation.get("security"), endpoint.toString());
        assertTrue(responses(operation).containsKey("401"), endpoint.toString());
        assertEquals(endpoint.adminOnly(), responses(operation).containsKey("403"), endpoint.toString());
    }

    @Test
    void theBearerSchemeIsDeclaredAndPublicEndpointsNeedNoToken() {
        var product = documentOf(Service.PRODUCT);
        assertEquals("bearer", product.getString("components.securitySchemes.bearer.scheme"));
        assertEquals("JWT", product.getString("components.securitySchemes.bearer.bearerFormat"));

        var listing = operation(product, "GET", "/all-products");
        assertFalse(listing.containsKey("security"));
        assertFalse(responses(listing).containsKey("401"));
        assertTrue(responses(listing).containsKey("400"), "page and size are checked");
    }
}
