package it.onlinemart.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.onlinemart.Service;
import it.onlinemart.user.Accounts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Every operation of every service's OpenAPI document, sent what careless and hostile clients send (issue 13): wrong
 * types, missing and extra fields, huge strings and bodies, negative and huge numbers, unicode and NUL characters,
 * SQL and script injection, broken JSON, wrong media types, path traversal in ids (see {@link AbusiveRequests}).
 * Generated from the documents, so a new endpoint cannot be left out. No answer is a 5xx; every error is
 * problem+json without a stack trace; a body over 1 MiB is a 413; and each service still answers ready afterwards.
 * Guarded operations are called with a token that passes their guard, so that the checks behind it are reached.
 */
@MicroShedTest
class AbuseSuiteIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** What a stack trace or the server's own error page leaves in a body: frames, causes, Liberty's message ids. */
    private static final Pattern LEAK = Pattern.compile(
            "\\bat [\\w.$]+\\((?:[\\w$]+\\.java:\\d+|Native Method|Unknown Source)\\)|Caused by: |\\b(?:CWW|SRVE)[A-Z]*\\d{4}[EWI]\\b");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private static String adminToken;

    @BeforeAll
    static void signIn() {
        // an admin of its own, so that nothing the suite sends can touch the development admin's account
        adminToken = Accounts.newAdmin("abuse-admin").token();
    }

    @TestFactory
    Stream<DynamicNode> everyOperationOfEveryService() {
        return Arrays.stream(Service.values()).map(service -> {
            ApiDocument document = ApiDocument.of(service);
            List<DynamicNode> tests = new ArrayList<>();
            for (ApiDocument.Operation operation : document.operations()) {
                tests.add(DynamicTest.dynamicTest(operation.name(), () -> probe(document, operation)));
            }
            tests.add(DynamicTest.dynamicTest(
                    "still ready afterwards",
                    () -> assertEquals(
                            200, service.request().get("/health/ready").statusCode(), service + " is not ready")));
            return DynamicContainer.dynamicContainer(service.serverName(), tests);
        });
    }

    private static void probe(ApiDocument document, ApiDocument.Operation operation) throws Exception {
        // a customer of its own per operation: a probe that changes the password revokes only that one's tokens
        String token = !operation.needsToken()
                ? null
                : operation.adminOnly() ? adminToken : Accounts.newUser().token();
        List<AbusiveRequests.Probe> probes = AbusiveRequests.of(document, operation);
        List<String> failures = new ArrayList<>();
        for (AbusiveRequests.Probe probe : probes) {
            HttpResponse<String> answer = send(operation.service(), probe, token);
            String failure = judge(probe, answer);
            if (failure != null) {
                failures.add(probe.label() + " -> " + failure);
            }
        }
        assertEquals(List.of(), failures, operation + ": " + failures.size() + " of " + probes.size() + " answers");
    }

    private static HttpResponse<String> send(Service service, AbusiveRequests.Probe probe, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.url(probe.target())))
                .timeout(TIMEOUT)
                .header("Accept", probe.accept());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (probe.body() != null) {
            request.header("Content-Type", probe.contentType());
            request.method(probe.method(), HttpRequest.BodyPublishers.ofString(probe.body()));
        } else {
            request.method(probe.method(), HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Why the answer is wrong for the probe, or null when it is right. */
    private static String judge(AbusiveRequests.Probe probe, HttpResponse<String> answer) {
        int status = answer.statusCode();
        String body = answer.body();
        if (status >= 500) {
            return status + " " + shortened(body);
        }
        if (probe.expect() == AbusiveRequests.Expect.CONTAINER_REFUSAL) {
            boolean problem =
                    answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
            return status == 400 && (problem || body.contains("CWWWC0005I")) && !body.contains("Caused by")
                    ? null
                    : status + ", not a 400 problem or the container's own 400: " + shortened(body);
        }
        if (LEAK.matcher(body).find()) {
            return status + " leaks internals: " + shortened(body);
        }
        if (status >= 400) {
            String type = answer.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                return status + " as " + type + ", not problem+json: " + shortened(body);
            }
        }
        return switch (probe.expect()) {
            case NO_SERVER_ERROR -> null;
            case CLIENT_ERROR -> status >= 400 && status < 500 ? null : status + ", not a 4xx";
            case TOO_LARGE -> status == 413 ? null : status + ", not 413";
            case CONTAINER_REFUSAL -> throw new IllegalStateException("judged above");
        };
    }

    private static String shortened(String body) {
        String oneLine = body.replaceAll("\\s+", " ");
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "..." : oneLine;
    }
}
