package org.onlinemart.commons.problem;

import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.core.Response;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every 4xx and 5xx answer. {@code errors} names the fields that were
 * wrong; {@code extensions} are the further members a service adds for one kind of problem (RFC 9457 §3.2),
 * written beside the standard ones.
 */
@JsonbTypeSerializer(Problem.Json.class)
@Schema(
        name = "Problem",
        description = "An RFC 9457 problem detail (application/problem+json), the body of every 4xx and 5xx answer."
                + " Some problems add members beside these: shortages on a 409 for short stock, payment_id on a 402.")
public record Problem(
        @Schema(examples = "about:blank") String type,

        @Schema(description = "The HTTP status's reason phrase", examples = "Not Found")
        String title,

        @Schema(examples = "404") int status,

        @Schema(description = "What went wrong, for a person", examples = "No product has that id")
        String detail,

        @Schema(description = "The request path", examples = "/products/42")
        String instance,

        @Schema(description = "The request fields that were wrong; absent when none was")
        List<FieldError> errors,

        // written beside the standard members, not as a member of its own
        @Schema(hidden = true) Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Which request field was wrong, by its JSON name, and why. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(examples = "user_email") String field,

            @Schema(examples = "must be a well-formed email address")
            String message) {}

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
        extensions = extensions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    public static Problem of(Response.StatusType status, String detail, String instance) {
        return of(status, detail, instance, null);
    }

    public static Problem of(Response.StatusType status, String detail, String instance, List<FieldError> errors) {
        return new Problem(
                "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, instance, errors, null);
    }

    /** This problem with one more extension member, e.g. {@code shortages} on a 409 for short stock. */
    public Problem with(String member, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(type, title, status, detail, instance, errors, more);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    /** The standard members, then the extension members at the same level; absent members are left out. */
    public static final class Json implements JsonbSerializer<Problem> {

        @Override
        public void serialize(Problem problem, JsonGenerator json, SerializationContext context) {
            json.writeStartObject();
            json.write("type", problem.type());
            json.write("title", problem.title());
            json.write("status", problem.status());
            if (problem.detail() != null) {
                json.write("detail", problem.detail());
            }
            if (problem.instance() != null) {
                json.write("instance", problem.instance());
            }
            if (problem.errors() != null) {
                context.serialize("errors", problem.errors(), json);
            }
            problem.extensions().forEach((member, value) -> context.serialize(member, value, json));
            json.writeEnd();
        }
    }
}
