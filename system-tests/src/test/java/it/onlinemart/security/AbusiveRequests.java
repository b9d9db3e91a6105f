package it.onlinemart.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The requests the abuse suite sends to one operation, made from its OpenAPI description: each changes one thing of
 * an otherwise plausible request (one body field, one parameter, the body as a whole, its media type) into something
 * a careless or hostile client sends.
 */
final class AbusiveRequests {

    /**
     * What an answer must be: any non-5xx (the request may be fine after all), a 4xx, exactly 413; or a 400 for an
     * encoded NUL or slash in the path, which Liberty's web container mostly answers itself, before any application
     * code or error page (message CWWWC0005I, one line of its own text).
     */
    enum Expect {
        NO_SERVER_ERROR,
        CLIENT_ERROR,
        TOO_LARGE,
        CONTAINER_REFUSAL
    }

    record Probe(String label, String method, String target, String contentType, String body, Expect expect) {

        /** What the client says it accepts: the JSON the services answer, unless a probe says otherwise. */
        String accept() {
            return label.equals(XML_ONLY) ? "application/xml" : "application/json, application/problem+json";
        }
    }

    private static final String XML_ONLY = "accepting only XML";

    static final int OVER_ONE_MIB = 1024 * 1024 + 1;

    /** Strings, as JSON, a field may be given: empty, huge, control and odd unicode characters, injections. */
    private static final List<String> STRINGS = List.of(
            "",
            "   ",
            "A".repeat(10_000),
            "\u0000",
            "nul\u0000inside",
            "\uD83D\uDE00\u202E\u202D\uFEFF",
            "' OR '1'='1' --",
            "1; DROP TABLE app_user; --",
            "<script>alert(1)</script>",
            "../../../../etc/passwd",
            "${jndi:ldap://127.0.0.1/a}");

    /** Other JSON values a field may be given: wrong types, negative, huge and fractional numbers. */
    private static final List<String> JSON_VALUES = List.of(
            "null",
            "true",
            "[]",
            "{}",
            "[\"a\", 1]",
            "-1",
            "0",
            "2147483648",
            "9223372036854775808",
            "1e309",
            "-1e309",
            "1.5",
            "\"12\"");

    /** Values a query or path parameter may be given, already as they go in the URL. */
    private static final List<String> PARAMETER_VALUES = List.of(
            "abc",
            "-1",
            "0",
            "99999999999999999999",
            "1e309",
            "1.5",
            "",
            "%00",
            "%27%20OR%201%3D1--",
            "..%2F..%2F..%2Fetc%2Fpasswd",
            "%2e%2e",
            "%F0%9F%98%80",
            "%3Cscript%3E");

    private AbusiveRequests() {}

    static List<Probe> of(ApiDocument document, ApiDocument.Operation operation) {
        List<Probe> probes = new ArrayList<>();
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        for (Map<String, Object> parameter : operation.parameters()) {
            String name = (String) parameter.get("name");
            if ("path".equals(parameter.get("in"))) {
                path.put(name, "0"); // no row has id 0: a plausible request that can change nothing
            } else if ("query".equals(parameter.get("in")) && Boolean.TRUE.equals(parameter.get("required"))) {
                query.put(name, "0");
            }
        }
        Map<String, Object> json = ApiDocument.map(operation.requestBodies().get("application/json"));
        String body = json.isEmpty() ? null : Json.write(document.exampleOf(json.get("schema")));
        String contentType = json.isEmpty() ? null : "application/json";
        String plain = target(operation.path(), path, query);
        probes.add(new Probe(XML_ONLY, operation.method(), plain, contentType, body, Expect.NO_SERVER_ERROR));
        probes.add(new Probe(
                "a huge unknown query parameter",
                operation.method(),
                plain + (plain.contains("?") ? "&" : "?") + "zzz=" + "A".repeat(6_000),
                contentType,
                body,
                Expect.NO_SERVER_ERROR));

        for (Map<String, Object> parameter : operation.parameters()) {
            String name = (String) parameter.get("name");
            String where = (String) parameter.get("in");
            for (String value : PARAMETER_VALUES) {
                Map<String, String> changedPath = new LinkedHashMap<>(path);
                Map<String, String> changedQuery = new LinkedHashMap<>(query);
                ("path".equals(where) ? changedPath : changedQuery).put(name, value);
                boolean refusedByContainer = "path".equals(where) && (value.contains("%00") || value.contains("%2F"));
                probes.add(new Probe(
                        where + " " + name + "=" + value,
                        operation.method(),
                        target(operation.path(), changedPath, changedQuery),
                        contentType,
                        body,
                        refusedByContainer ? Expect.CONTAINER_REFUSAL : Expect.NO_SERVER_ERROR));
            }
        }
        if (json.isEmpty()) {
            return probes;
        }
        String target = plain;
        probes.add(new Probe("broken JSON", operation.method(), target, contentType, "{\"a\": ", Expect.CLIENT_ERROR));
        probes.add(new Probe("no body", operation.method(), target, contentType, "", Expect.CLIENT_ERROR));
        probes.add(new Probe("a JSON string", operation.method(), target, contentType, "\"x\"", Expect.CLIENT_ERROR));
        probes.add(new Probe("text/plain", operation.method(), target, "text/plain", body, Expect.CLIENT_ERROR));
        probes.add(new Probe(
                "application/xml", operation.method(), target, "application/xml", "<a/>", Expect.CLIENT_ERROR));
        probes.add(new Probe(
                "a body over 1 MiB",
                operation.method(),
                target,
                contentType,
                "{\"x\": \"" + "A".repeat(OVER_ONE_MIB) + "\"}",
                Expect.TOO_LARGE));
        if (!(document.exampleOf(json.get("schema")) instanceof Map<?, ?> example)) {
            probes.add(new Probe("an array", operation.method(), target, contentType, "[]", Expect.NO_SERVER_ERROR));
            return probes;
        }
        probes.add(
                new Probe("an array", operation.method(), target, contentType, "[" + body + "]", Expect.CLIENT_ERROR));
        Map<String, Object> valid = ApiDocument.map(example);
        List<?> required =
                document.schema(json.get("schema")).get("required") instanceof List<?> list ? list : List.of();
        probes.add(new Probe(
                "an empty object",
                operation.method(),
                target,
                contentType,
                "{}",
                required.isEmpty() ? Expect.NO_SERVER_ERROR : Expect.CLIENT_ERROR));
        Map<String, Object> extra = new LinkedHashMap<>(valid);
        extra.put("unexpected_field", Map.of("deep", List.of(1, 2)));
        probes.add(new Probe(
                "an extra field", operation.method(), target, contentType, Json.write(extra), Expect.NO_SERVER_ERROR));
        for (String field : valid.keySet()) {
            Map<String, Object> without = new LinkedHashMap<>(valid);
            without.remove(field);
            probes.add(new Probe(
                    "without " + field,
                    operation.method(),
                    target,
                    contentType,
                    Json.write(without),
                    required.contains(field) ? Expect.CLIENT_ERROR : Expect.NO_SERVER_ERROR));
            List<String> values = new ArrayList<>(JSON_VALUES);
            STRINGS.forEach(string -> values.add(Json.string(string)));
            for (String value : values) {
                probes.add(new Probe(
                        field + "=" + abbreviated(value),
                        operation.method(),
                        target,
                        contentType,
                        Json.writeWithRaw(valid, field, value),
                        Expect.NO_SERVER_ERROR));
            }
        }
        return probes;
    }

    private static String target(String template, Map<String, String> path, Map<String, String> query) {
        String target = template;
        for (Map.Entry<String, String> parameter : path.entrySet()) {
            target = target.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        StringBuilder withQuery = new StringBuilder(target);
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            withQuery
                    .append(separator)
                    .append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
                    .append('=')
                    .append(parameter.getValue());
            separator = '&';
        }
        return withQuery.toString();
    }

    private static String abbreviated(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "...(" + value.length() + " chars)" : value;
    }
}
