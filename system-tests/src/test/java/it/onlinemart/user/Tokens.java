package it.onlinemart.user;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Reads a token's header and claims as any client could, without checking the signature. */
final class Tokens {

    private Tokens() {}

    static JsonPath header(String token) {
        return part(token, 0);
    }

    static JsonPath claims(String token) {
        return part(token, 1);
    }

    private static JsonPath part(String token, int index) {
        String json = new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]), StandardCharsets.UTF_8);
        return new JsonPath(json);
    }
}
