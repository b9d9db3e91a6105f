package org.onlinemart.user.infrastructure.security;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.lang.HashUtil;

/**
 * An RSA key pair tokens are signed with, named by {@code kid}: the RFC 7638 thumbprint of its public
 * key. Only the public half ever leaves the service, as a JWK.
 */
public record SigningKey(String kid, PrivateKey privateKey, RSAPublicKey publicKey) {

    public static SigningKey of(PrivateKey privateKey, RSAPublicKey publicKey) {
        String kid = new RsaJsonWebKey(publicKey).calculateBase64urlEncodedThumbprint(HashUtil.SHA_256);
        return new SigningKey(kid, privateKey, publicKey);
    }

    /** The private key and certificate under {@code alias}, or the keystore's only key if alias is null. */
    static SigningKey fromKeystore(KeyStore keystore, char[] password, String alias) throws GeneralSecurityException {
        String name = alias != null ? alias : onlyKeyAlias(keystore);
        if (!(keystore.getKey(name, password) instanceof PrivateKey privateKey)
                || keystore.getCertificate(name) == null
                || !(keystore.getCertificate(name).getPublicKey() instanceof RSAPublicKey publicKey)) {
            throw new IllegalStateException("The keystore has no RSA private key under the alias " + name);
        }
        return of(privateKey, publicKey);
    }

    private static String onlyKeyAlias(KeyStore keystore) throws GeneralSecurityException {
        List<String> keys = Collections.list(keystore.aliases()).stream()
                .filter(alias -> isKeyEntry(keystore, alias))
                .toList();
        if (keys.size() != 1) {
            throw new IllegalStateException(
                    "The keystore holds " + keys.size() + " keys: name the signing key with JWT_KEY_ALIAS");
        }
        return keys.get(0);
    }

    private static boolean isKeyEntry(KeyStore keystore, String alias) {
        try {
            return keystore.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The public key as a JWK: kty, n, e, kid, alg RS256, use sig, and nothing private. */
    public Map<String, Object> publicJwk() {
        RsaJsonWebKey jwk = new RsaJsonWebKey(publicKey);
        jwk.setKeyId(kid);
        jwk.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
        jwk.setUse("sig");
        return jwk.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    /** Never shows the private key. */
    @Override
    public String toString() {
        return "SigningKey[kid=" + kid + "]";
    }
}
