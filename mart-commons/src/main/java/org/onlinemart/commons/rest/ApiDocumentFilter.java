package org.onlinemart.commons.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.onlinemart.commons.problem.Problem;
import org.onlinemart.commons.security.RoleGuard;
import org.onlinemart.commons.security.Roles;

/**
 * Writes into every service's OpenAPI document what its endpoints have in common, so that a resource method's own
 * annotations say only what is particular to it:
 *
 * <ul>
 *   <li>schema property names in snake_case, as JSON-B writes them on the wire (the generator uses Java names);
 *   <li>for each operation that {@code @RolesAllowed} guards: the bearer-token security requirement, a 401, and a
 *       403 where ordinary users may not call it; read from the Java method itself, so the document cannot
 *       disagree with the check;
 *   <li>a 400 for operations that take a JSON body or {@code page} and {@code size};
 *   <li>a 415 for operations that take a body, and a 406 for those that answer with one, as the mappers send them
 *       when Content-Type or Accept rule the operation's media type out;
 *   <li>for every 4xx and 5xx without a body of its own: the {@code Problem} schema as application/problem+json,
 *       with an example of that status;
 *   <li>the {@code Retry-After} header on every 429 and 503, which they always carry.
 * </ul>
 *
 * An answer a method declares itself is kept as it is.
 */
public class ApiDocumentFilter implements OASFilter {

    static final String BEARER_SCHEME = "bearer";
    private static final String RETRY_AFTER = "Retry-After";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public Schema filterSchema(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null && !properties.isEmpty()) {
            Map<String, Schema> renamed = new LinkedHashMap<>();
            properties.forEach((name, property) -> renamed.put(JsonNames.snakeCase(name), property));
            schema.setProperties(renamed);
        }
        List<String> required = schema.getRequired();
        if (required != null && !required.isEmpty()) {
            schema.setRequired(required.stream().map(JsonNames::snakeCase).toList());
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean anyGuarded = false;
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                Optional<RolesAllowed> guard =
                        javaMethod(operation.getOperationId()).flatMap(RoleGuard::of);
                // the generator named the operation after its Java method only so that it could be found here
                operation.setOperationId(null);
                guard.ifPresent(roles -> describeGuard(operation, roles));
                anyGuarded |= guard.isPresent();
                describeBadRequests(operation);
                describeMediaTypeRefusals(operation);
                describeProblems(operation);
                describeRetryAfter(operation);
                inStatusOrder(operation.getResponses());
            }
        }
        if (anyGuarded) {
            openAPI.setComponents(
                    openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents());
            openAPI.getComponents()
                    .addSecurityScheme(
                            BEARER_SCHEME,
                            OASFactory.createSecurityScheme()
                                    .type(SecurityScheme.Type.HTTP)
                                    .scheme("bearer")
                                    .bearerFormat("JWT")
                                    .description("An access token from the user service's POST /login"));
        }
    }

    private static void describeGuard(Operation operation, RolesAllowed roles) {
        operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(BEARER_SCHEME));
        answer(operation, "401", "No valid token");
        if (!Arrays.asList(roles.value()).contains(Roles.USER)) {
            answer(operation, "403", "The caller is not an admin");
        }
    }

    private static void describeBadRequests(Operation operation) {
        if (operation.getRequestBody() != null) {
            answer(operation, "400", "A field is missing or invalid; the problem names it");
        } else if (hasQueryParameter(operation, "page") && hasQueryParameter(operation, "size")) {
            answer(operation, "400", "page below 0, or size outside 1..100");
        }
    }

    private static void describeMediaTypeRefusals(Operation operation) {
        if (operation.getRequestBody() != null) {
            answer(
                    operation,
                    "415",
                    "Content-Type is not "
                            + mediaTypes(operation.getRequestBody().getContent()));
        }
        String answered =
                operation.getResponses() == null || operation.getResponses().getAPIResponses() == null
                        ? ""
                        : operation.getResponses().getAPIResponses().entrySet().stream()
                                .filter(response -> response.getKey().startsWith("2"))
                                .map(response -> mediaTypes(response.getValue().getContent()))
                                .filter(types -> !types.isEmpty())
                                .distinct()
                                .collect(Collectors.joining(" or "));
        if (!answered.isEmpty()) {
            answer(operation, "406", "The Accept header rules out " + answered);
        }
    }

    private static String mediaTypes(Content content) {
        return content == null || content.getMediaTypes() == null
                ? ""
                : String.join(" or ", content.getMediaTypes().keySet());
    }

    /** Every error answer is a problem+json body (ProblemMapper and the other mappers in commons.problem). */
    private static void describeProblems(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (isError(status) && response.getContent() == null) {
                response.setContent(OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))
                                        .example(problemExample(Integer.parseInt(status), response))));
            }
        });
    }

    private static boolean isError(String status) {
        // not "4XX" or "default": those name no one status
        return status.matches("[45][0-9][0-9]");
    }

    /** The members every problem has, for this status; its detail is what the answer's description says. */
    private static Map<String, Object> problemExample(int status, APIResponse response) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "about:blank");
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            example.put("title", known.getReasonPhrase());
        }
        example.put("status", status);
        if (response.getDescription() != null) {
            example.put("detail", response.getDescription());
        }
        return example;
    }

    private static void describeRetryAfter(Operation operation) {
        for (String status : List.of("429", "503")) {
            describeRetryAfter(
                    operation.getResponses() == null
                            ? null
                            : operation.getResponses().getAPIResponse(status));
        }
    }

    private static void describeRetryAfter(APIResponse tooSoon) {
        if (tooSoon != null
                && (tooSoon.getHeaders() == null || !tooSoon.getHeaders().containsKey(RETRY_AFTER))) {
            tooSoon.addHeader(
                    RETRY_AFTER,
                    OASFactory.createHeader()
                            .description("Seconds to wait before trying again")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        }
    }

    private static boolean hasQueryParameter(Operation operation, String name) {
        return operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> p.getIn() == Parameter.In.QUERY && name.equals(p.getName()));
    }

    /** Adds the answer unless the operation describes that status itself. */
    private static void answer(Operation operation, String status, String description) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static void inStatusOrder(APIResponses responses) {
        if (responses != null && responses.getAPIResponses() != null) {
            responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
        }
    }

    /**
     * The resource method behind an operation id of the form {@code package.Class_method}, as the generator writes
     * them with {@code mp.openapi.extensions.smallrye.operationIdStrategy=PACKAGE_CLASS_METHOD}.
     */
    static Optional<Method> javaMethod(String operationId) {
        int separator = operationId == null ? -1 : operationId.lastIndexOf('_');
        if (separator < 0) {
            return Optional.empty();
        }
        String className = operationId.substring(0, separator);
        String methodName = operationId.substring(separator + 1);
        try {
            Class<?> resource = Class.forName(className, false, ApiDocumentFilter.class.getClassLoader());
            return Arrays.stream(resource.getMethods())
                    .filter(m -> m.getName().equals(methodName))
                    .findFirst();
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }
}
