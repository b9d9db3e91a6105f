package org.onlinemart.systemtests.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onlinemart.systemtests.compose.ComposeProject.environment;
import static org.onlinemart.systemtests.compose.ComposeProject.map;
import static org.onlinemart.systemtests.compose.ComposeProject.words;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The user service's signing key: made by the one-shot jwt-keys in a PKCS12 keystore on a volume of its own, which
 * only the user service mounts, read-only; its password comes from the environment, required, never from the file.
 */
class ComposeSigningKeyTest {

    private static final String VOLUME = "jwt-keys";
    private static final String REQUIRED_PASSWORD = "${JWT_KEYSTORE_PASSWORD:?";

    private static ComposeProject project;

    @BeforeAll
    static void load() throws Exception {
        project = ComposeProject.load();
    }

    @Test
    void jwtKeysMakesTheKeystoreWithKeytoolOnItsVolumeAndExits() {
        Map<String, Object> keys = jwtKeys();
        assertEquals("no", String.valueOf(keys.get("restart")), "a one-shot");
        assertTrue(String.valueOf(keys.get("image")).matches("[^:]+:[^:]+"), "an image with a tag");
        assertTrue(mounts(keys).contains(VOLUME + ":/keys"), "jwt-keys writes the volume: " + mounts(keys));
        String script = words(keys.get("command"));
        assertTrue(script.contains("keytool -genkeypair"), script);
        assertTrue(script.contains("-storetype PKCS12 -keystore $$keystore.partial"), script);
        assertTrue(script.contains("keystore=/keys/jwt.p12"), script);
        assertTrue(script.contains("-storepass:env JWT_KEYSTORE_PASSWORD"), "the password is not on a command line");
        assertFalse(script.matches("(?s).*-storepass\\s.*"), "the password is not on a command line");
    }

    @Test
    void theUserServiceStartsOnlyOnceTheKeystoreIsMade() {
        Map<String, Object> dependsOn = map(user().get("depends_on"), "user.depends_on");
        assertNotNull(dependsOn.get(VOLUME), "user does not wait for jwt-keys");
        assertEquals(
                "service_completed_successfully",
                String.valueOf(
                        map(dependsOn.get(VOLUME), "user.depends_on.jwt-keys").get("condition")));
        assertTrue(dependsOn.containsKey("postgres") && dependsOn.containsKey("kafka-init"), "and still the others");
    }

    @Test
    void onlyTheUserServiceMountsTheKeystoreAndOnlyReadOnly() {
        Map<String, String> env = environment(user());
        String path = env.get("JWT_KEYSTORE_PATH");
        String folder = path.substring(0, path.lastIndexOf('/'));
        assertTrue(mounts(user()).contains(VOLUME + ":" + folder + ":ro"), "user mounts " + mounts(user()));
        assertEquals("jwt.p12", path.substring(folder.length() + 1), "the file jwt-keys makes");
        assertTrue(map(project.compose().get("volumes"), "volumes").containsKey(VOLUME), "a named volume");
        project.services().forEach((name, service) -> {
            if (!name.equals("user") && !name.equals(VOLUME)) {
                assertTrue(
                        mounts(service).stream().noneMatch(mount -> mount.startsWith(VOLUME + ":")),
                        name + " mounts the signing keys");
            }
        });
    }

    @Test
    void theKeystorePasswordIsRequiredAndNeverWrittenInTheFile() {
        for (Map<String, Object> service : List.of(jwtKeys(), user())) {
            String password = environment(service).get("JWT_KEYSTORE_PASSWORD");
            assertNotNull(password);
            assertTrue(password.startsWith(REQUIRED_PASSWORD), "required, from the environment: " + password);
        }
        assertEquals(
                environment(jwtKeys()).get("JWT_KEY_ALIAS"), environment(user()).get("JWT_KEY_ALIAS"));
    }

    private static Map<String, Object> jwtKeys() {
        Map<String, Object> keys = project.services().get(VOLUME);
        assertNotNull(keys, "no jwt-keys service");
        return keys;
    }

    private static Map<String, Object> user() {
        return project.services().get("user");
    }

    /** Volumes in short syntax, as this file writes them. */
    private static List<String> mounts(Map<String, Object> service) {
        return service.get("volumes") instanceof List<?> volumes
                ? volumes.stream().map(String::valueOf).toList()
                : List.of();
    }
}
