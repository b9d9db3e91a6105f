package org.onlinemart.devstack.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP answer of a service, with the call that got it ("POST :8081/add_user") for the step line. Its JSON
 * fields are read on demand; a field that is missing or of another type fails the demo with the whole answer.
 */
public record ApiAnswer(String call, int status, String contentType, String body, Optional<Duration> retryAfter) {

    public boolean is(int expected) {
        return status == expected;
    }

    /**
     * The body as the user should see it after a failure: JSON (a problem+json, usually) in full; anything else,
     * such as Liberty's HTML page for an application that is not deployed (yet), only named.
     */
    public String shown() {
        if (contentType.contains("json")) {
            return body;
        }
        return "(" + (contentType.isEmpty() ? "no content type" : contentType) + ", " + body.length()
                + " characters, not shown: not an answer of the service's API; is it still deploying?)";
    }

    /** This answer, if it has the expected status; otherwise the demo fails with it. */
    public ApiAnswer expect(int expected, String doing) {
        if (status != expected) {
            throw new DemoFailure(doing + ": " + call + " answered " + status + ", not " + expected, this);
        }
        return this;
    }

    public String text(String field) {
        return field(field, String.class);
    }

    public long id(String field) {
        return field(field, BigDecimal.class).longValueExact();
    }

    public BigDecimal money(String field) {
        return field(field, BigDecimal.class);
    }

    public List<?> list(String field) {
        return field(field, List.class);
    }

    /** The answer when it is a JSON array (GreenMail's message list). */
    public List<?> array() {
        if (parsed() instanceof List<?> array) {
            return array;
        }
        throw new DemoFailure(call + " did not answer a JSON array", this);
    }

    private <T> T field(String name, Class<T> type) {
        if (parsed() instanceof Map<?, ?> object && type.isInstance(object.get(name))) {
            return type.cast(object.get(name));
        }
        throw new DemoFailure(call + " answered no " + type.getSimpleName() + " field '" + name + "'", this);
    }

    private Object parsed() {
        try {
            return JsonReader.parse(body);
        } catch (IllegalArgumentException e) {
            throw new DemoFailure(call + " answered " + e.getMessage(), this);
        }
    }
}
