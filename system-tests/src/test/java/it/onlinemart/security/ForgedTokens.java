package it.onlinemart.security;

import it.onlinemart.Service;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/** Tokens that look like the user service's but must be refused: each is an admin's claims, forged. */
final class ForgedTokens {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();

    private ForgedTokens() {}

    static String signedByAKeyTheUserServiceNeverHad() throws JoseException {
        var stranger = RsaJwkGenerator.generateJwk(2048);
        stranger.setKeyId("stranger");
        return sign(adminClaims(10), stranger.getPrivateKey(), "stranger");
    }

    /** Signed with the user service's own development key, read from its database, but expired. */
    static String expired() throws Exception {
        try (Connection db = Service.USER.database();
                ResultSet key = db.createStatement()
                        .executeQuery("SELECT kid, private_key FROM signing_key ORDER BY created_at DESC LIMIT 1")) {
            if (!key.next()) {
                throw new SQLException("the user service has no signing key yet");
            }
            PrivateKey privateKey = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(key.getString("private_key"))));
            return sign(adminClaims(-10), privateKey, key.getString("kid"));
        }
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
