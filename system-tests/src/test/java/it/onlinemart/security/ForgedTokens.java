package it.onlinemart.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.HashUtil;
import org.jose4j.lang.JoseException;

/** Tokens that look like the user service's but must be refused: each is an admin's claims, forged. */
final class ForgedTokens {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();

    /** Where devstack keeps the user service's signing key (its JwtKeystore), seen from this module's folder. */
    private static final Path DEVSTACK_KEYSTORE = Path.of("..", ".devstack", "jwt", "jwt.p12");

    private static final Path DEVSTACK_KEYSTORE_PASSWORD = Path.of("..", ".devstack", "jwt", "keystore-password");
    private static final String DEVSTACK_KEY_ALIAS = "jwt-1";

    private ForgedTokens() {}

    static String signedByAKeyTheUserServiceNeverHad() throws JoseException {
        var stranger = RsaJwkGenerator.generateJwk(2048);
        stranger.setKeyId("stranger");
        return sign(adminClaims(10), stranger.getPrivateKey(), "stranger");
    }

    /** Signed with the user service's own key, read from the keystore the devstack made for it, but expired. */
    static String expired() throws Exception {
        if (!Files.isRegularFile(DEVSTACK_KEYSTORE)) {
            throw new IOException("no " + DEVSTACK_KEYSTORE.toAbsolutePath().normalize()
                    + ": this test signs with the running devstack's key (JWT_KEYSTORE_PATH not overridden)");
        }
        char[] password = Files.readString(DEVSTACK_KEYSTORE_PASSWORD).trim().toCharArray();
        KeyStore keystore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(DEVSTACK_KEYSTORE)) {
            keystore.load(in, password);
        }
        PrivateKey privateKey = (PrivateKey) keystore.getKey(DEVSTACK_KEY_ALIAS, password);
        RsaJsonWebKey publicKey = new RsaJsonWebKey(
                (RSAPublicKey) keystore.getCertificate(DEVSTACK_KEY_ALIAS).getPublicKey());
        return sign(adminClaims(-10), privateKey, publicKey.calculateBase64urlEncodedThumbprint(HashUtil.SHA_256));
    }

    static String withAlgorithmNone() {
        String header = BASE64URL.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = BASE64URL.encodeToString(adminClaims(10).toJson().getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    /** A real user's token whose payload now claims the admin group; the signature is the original. */
    static String tamperedFrom(String realUserToken) {
        String[] parts = realUserToken.split("\\.");
        String payload = new String(BASE64URL_DECODER.decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"groups\":[\"user\"]", "\"groups\":[\"admin\"]");
        if (!payload.contains("\"admin\"")) {
            throw new IllegalStateException("expected a user token with groups [\"user\"]: " + payload);
        }
        return parts[0] + "." + BASE64URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** An admin's claims, expiring that many minutes from now (in the past when negative). */
    private static JwtClaims adminClaims(int expiresInMinutes) {
        long now = System.currentTimeMillis() / 1000;
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("online-mart");
        claims.setSubject("1");
        claims.setClaim("upn", "admin@onlinemart.local");
        claims.setClaim("name", "Forged Admin");
        claims.setStringListClaim("groups", List.of("admin"));
        claims.setIssuedAt(NumericDate.fromSeconds(Math.min(now, now + expiresInMinutes * 60L) - 3600));
        claims.setExpirationTime(NumericDate.fromSeconds(now + expiresInMinutes * 60L));
        claims.setJwtId(UUID.randomUUID().toString());
        return claims;
    }

    private static String sign(JwtClaims claims, java.security.Key key, String kid) throws JoseException {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setKeyIdHeaderValue(kid);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }
}
