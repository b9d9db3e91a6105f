package it.onlinemart.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import it.onlinemart.Service;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Each service's Swagger UI (/openapi/ui/), as a person's browser renders it: a headless Chromium runs its
 * JavaScript, and the page must list every operation of the service's document with its summary. The order
 * service's page, opened at POST /add-to-cart, is kept as a screenshot: target/openapi-ui/order-service.png. Without
 * Chromium the tests are skipped, saying what to install.
 */
@MicroShedTest
class OpenApiUiIT {

    private static final Path OUTPUT = Path.of("target", "openapi-ui");
    /** Swagger UI has long rendered by then; Chromium's virtual time skips the waiting. */
    private static final String RENDER_BUDGET_MS = "15000";

    private static final long CHROMIUM_TIMEOUT_SECONDS = 90;

    private static final Pattern METHOD = Pattern.compile("class=\"opblock-summary-method\">([A-Z]+)<");
    private static final Pattern PATH = Pattern.compile("class=\"opblock-summary-path\" data-path=\"([^\"]+)\"");
    private static final Pattern SUMMARY = Pattern.compile("class=\"opblock-summary-description\">([^<]*)<");

    private static final Optional<Path> CHROMIUM = onPath("chromium");

    // in each test, not once for the class: the build then reports every check as skipped, with this message
    @BeforeEach
    void chromiumIsInstalled() throws IOException {
        Assumptions.assumeTrue(
                CHROMIUM.isPresent(),
                "No chromium on PATH: the OpenAPI UI checks need Debian's headless browser; "
                        + "install it with `apt-get install chromium`");
        Files.createDirectories(OUTPUT);
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void theUiListsEveryDocumentedOperationWithItsSummary(Service service) throws Exception {
        String dom = renderedDom(service);

        assertTrue(
                dom.contains("swagger-ui"),
                service + ": no Swagger UI in the rendered page; see " + log(service) + "\n" + excerpt(dom));
        assertEquals(documentedOperations(service), renderedOperations(dom), service + "'s UI");
    }

    @Test
    void theOrderServicesUiIsKeptAsAScreenshot() throws Exception {
        Path screenshot = OUTPUT.resolve("order-service.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);

        // opened at POST /add-to-cart (Swagger UI's deep link), so that the picture shows examples, not just a list
        runChromium(
                Service.ORDER,
                "#/default/post_add_to_cart",
                ProcessBuilder.Redirect.DISCARD,
                "--screenshot=" + screenshot,
                "--window-size=1280,2000");

        assertTrue(Files.isRegularFile(screenshot), "no screenshot; see " + log(Service.ORDER));
        byte[] png = Files.readAllBytes(screenshot);
        assertTrue(
                png.length > 10_000
                        && Arrays.equals(
                                Arrays.copyOf(png, 8), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
                "the screenshot is not a PNG of a rendered page (" + png.length + " bytes)");
    }

    /** "METHOD /path" to summary, as the service's OpenAPI document has them. */
    private static Map<String, String> documentedOperations(Service service) {
        Map<String, String> operations = new TreeMap<>();
        ApiDocument.of(service)
                .operations()
                .forEach(operation -> operations.put(
                        operation.name(), String.valueOf(operation.json().get("summary"))));
        return operations;
    }

    /** The same, as the rendered page shows them: one opblock element per operation. */
    private static Map<String, String> renderedOperations(String dom) {
        Map<String, String> operations = new TreeMap<>();
        for (String block : dom.split("<div class=\"opblock opblock-")) {
            Matcher method = METHOD.matcher(block);
            Matcher path = PATH.matcher(block);
            if (method.find() && path.find()) {
                Matcher summary = SUMMARY.matcher(block);
                operations.put(
                        method.group(1) + " " + unescaped(path.group(1)),
                        summary.find() ? unescaped(summary.group(1)) : "(no summary shown)");
            }
        }
        return operations;
    }

    private static String unescaped(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** The UI page's DOM after its scripts ran; kept as target/openapi-ui/<service>-ui.html. */
    private static String renderedDom(Service service) throws IOException, InterruptedException {
        Path dom = OUTPUT.resolve(service.serverName() + "-ui.html");
        runChromium(service, "", ProcessBuilder.Redirect.to(dom.toFile()), "--dump-dom");
        return Files.readString(dom, StandardCharsets.UTF_8);
    }

    /**
     * Runs Chromium on the service's UI page (at the given fragment) with the given output options, in a fresh
     * profile, killing it (and the processes it started) when it takes too long. Its stderr goes to
     * target/openapi-ui/<service>-chromium.log.
     */
    private static void runChromium(Service service, String fragment, ProcessBuilder.Redirect stdout, String... output)
            throws IOException, InterruptedException {
        Path profile = OUTPUT.resolve("chromium-profile-" + service.serverName());
        deleteRecursively(profile);
        List<String> command = new ArrayList<>(List.of(
                CHROMIUM.orElseThrow().toString(),
                "--headless=new",
                // root in a container has no user namespaces for the sandbox
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--virtual-time-budget=" + RENDER_BUDGET_MS));
        command.addAll(List.of(output));
        command.add(service.url("/openapi/ui/" + fragment));
        Process process = new ProcessBuilder(command)
                .redirectOutput(stdout)
                .redirectError(log(service).toFile())
                .start();
        try {
            if (!process.waitFor(CHROMIUM_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                fail("chromium did not finish within " + CHROMIUM_TIMEOUT_SECONDS + " s; see " + log(service));
            }
            assertEquals(0, process.exitValue(), "chromium failed; see " + log(service));
        } finally {
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        deleteRecursively(profile);
    }

    private static Path log(Service service) {
        return OUTPUT.resolve(service.serverName() + "-chromium.log").toAbsolutePath();
    }

    private static String excerpt(String dom) {
        return dom.length() <= 2000 ? dom : dom.substring(0, 2000) + "...";
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        return path == null
                ? Optional.empty()
                : Stream.of(path.split(File.pathSeparator))
                        .filter(directory -> !directory.isEmpty())
                        .map(directory -> Path.of(directory, program))
                        .filter(Files::isExecutable)
                        .findFirst();
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
