package it.onlinemart.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import it.onlinemart.Service;
import it.onlinemart.order.Orders;
import it.onlinemart.order.Shelf;
import it.onlinemart.payment.Payments;
import it.onlinemart.user.Accounts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Every operation of every service's OpenAPI document, called by each kind of caller, against the expected answers
 * of {@code authorization-matrix.txt} beside this test (issue 13). The file must name every operation the documents
 * have, so a new endpoint cannot go without its row. Ids in paths are those of a real order and payment of the
 * customer, so that "another customer" meets a resource that exists but is not theirs.
 */
@MicroShedTest
class AuthorizationMatrixIT {

    private static final String MATRIX = "authorization-matrix.txt";

    enum Caller {
        NO_TOKEN,
        CUSTOMER,
        OTHER_CUSTOMER,
        ADMIN,
        EXPIRED,
        OTHER_KEY,
        REVOKED
    }

    /** A cell: "ok" passes the check (any answer but 401, 403, 404 or a 5xx), or the one status expected. */
    record Expected(String cell) {
        boolean matches(int status) {
            return cell.equals("ok")
                    ? status < 500 && status != 401 && status != 403 && status != 404
                    : cell.equals(Integer.toString(status));
        }
    }

    private static final Map<Caller, String> TOKENS = new EnumMap<>(Caller.class);
    private static final Map<String, String> PATH_IDS = new LinkedHashMap<>();

    @BeforeAll
    static void callersAndTheirThings() throws Exception {
        Accounts.Account customer = Accounts.newUser();
        TOKENS.put(Caller.CUSTOMER, customer.token());
        TOKENS.put(Caller.OTHER_CUSTOMER, Accounts.newUser().token());
        TOKENS.put(Caller.ADMIN, Accounts.newAdmin("matrix-admin").token());
        TOKENS.put(Caller.EXPIRED, ForgedTokens.expired());
        TOKENS.put(Caller.OTHER_KEY, ForgedTokens.signedByAKeyTheUserServiceNeverHad());
        TOKENS.put(Caller.REVOKED, Revocations.ofACustomerWhoChangedTheirPassword());

        Shelf.Product product = Shelf.stocked("3.50", 10);
        long orderId = Orders.bought(customer.token(), product.id(), 1);
        long paymentId = Payments.payWhenKnown(customer.token(), orderId, Payments.freshCardNumber())
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("payment_id");
        PATH_IDS.put("/orders/{id}", Long.toString(orderId));
        PATH_IDS.put("/orders/{id}/cancel", Long.toString(orderId));
        PATH_IDS.put("/payments/{id}", Long.toString(paymentId));
        PATH_IDS.put("/products/{id}", Long.toString(product.id()));
        PATH_IDS.put("/inventory/{product_id}", Long.toString(product.id()));
    }

    @Test
    void theMatrixNamesEveryOperationOfTheDocumentsAndNoOther() throws IOException {
        var documented = new LinkedHashMap<String, ApiDocument.Operation>();
        for (Service service : Service.values()) {
            ApiDocument.of(service).operations().forEach(operation -> documented.put(operation.toString(), operation));
        }
        var named = new TreeSet<>(expectations().keySet());

        // a missing row shows what each caller gets today, for whoever writes it to check against the design
        List<String> missing = documented.values().stream()
                .filter(operation -> !named.contains(operation.toString()))
                .map(AuthorizationMatrixIT::observedRow)
                .toList();
        var stale = new TreeSet<>(named);
        stale.removeAll(documented.keySet());
        assertEquals(List.of(), missing, "operations without a row in " + MATRIX + " (each with today's answers)");
        assertEquals(List.of(), List.copyOf(stale), "rows of " + MATRIX + " for operations no document has");
    }

    @TestFactory
    Stream<DynamicNode> everyOperationAnswersEachCallerAsTheMatrixSays() throws IOException {
        Map<String, Map<Caller, Expected>> expectations = expectations();
        List<DynamicNode> tests = new ArrayList<>();
        for (Service service : Service.values()) {
            for (ApiDocument.Operation operation : ApiDocument.of(service).operations()) {
                Map<Caller, Expected> row = expectations.get(operation.toString());
                if (row == null) {
                    continue; // named by theMatrixNamesEveryOperationOfTheDocumentsAndNoOther
                }
                tests.add(DynamicTest.dynamicTest(operation.toString(), () -> {
                    List<String> wrong = new ArrayList<>();
                    for (Caller caller : Caller.values()) {
                        Response answer = call(operation, TOKENS.get(caller));
                        if (!row.get(caller).matches(answer.statusCode())) {
                            wrong.add(
                                    caller + " expected " + row.get(caller).cell() + " but got " + answer.statusCode());
                        }
                    }
                    assertEquals(List.of(), wrong, operation.toString());
                }));
            }
        }
        return tests.stream();
    }

    private static String observedRow(ApiDocument.Operation operation) {
        StringBuilder row = new StringBuilder(operation.toString());
        for (Caller caller : Caller.values()) {
            row.append(' ').append(call(operation, TOKENS.get(caller)).statusCode());
        }
        return row.toString();
    }

    /** The operation with an empty JSON object where it takes a body, its ids filled in, a required query as 0. */
    private static Response call(ApiDocument.Operation operation, String token) {
        RequestSpecification request = token == null
                ? operation.service().request()
                : operation.service().request(token);
        String path = operation.path();
        for (Map<String, Object> parameter : operation.parameters()) {
            String name = (String) parameter.get("name");
            if ("path".equals(parameter.get("in"))) {
                path = path.replace("{" + name + "}", PATH_IDS.getOrDefault(operation.path(), "0"));
            } else if ("query".equals(parameter.get("in")) && Boolean.TRUE.equals(parameter.get("required"))) {
                request = request.queryParam(name, 0);
            }
        }
        if (!operation.requestBodies().isEmpty()) {
            request = operation.requestBodies().containsKey("application/json")
                    ? request.body("{}")
                    : request.contentType("application/x-www-form-urlencoded").formParam("username", "");
        }
        return request.request(operation.method(), path);
    }

    /** The rows of the file: "service METHOD /path" and one cell per caller, in the order of {@link Caller}. */
    static Map<String, Map<Caller, Expected>> expectations() throws IOException {
        Map<String, Map<Caller, Expected>> rows = new LinkedHashMap<>();
        try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream(MATRIX)) {
            assertTrue(in != null, MATRIX + " is not beside " + AuthorizationMatrixIT.class.getName());
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] words = text.split("\\s+");
                assertEquals(3 + Caller.values().length, words.length, "row of " + MATRIX + ": " + line);
                Map<Caller, Expected> row = new EnumMap<>(Caller.class);
                for (Caller caller : Caller.values()) {
                    row.put(caller, new Expected(words[3 + caller.ordinal()]));
                }
                rows.put(words[0] + " " + words[1] + " " + words[2], row);
            }
        }
        return rows;
    }
}
