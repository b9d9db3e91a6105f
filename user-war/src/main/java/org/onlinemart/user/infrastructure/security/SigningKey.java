package org.onlinemart.user.infrastructure.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.lang.HashUtil;

/**
 * The RSA key pair tokens are signed with, named by {@code kid}: the RFC 7638 thumbprint of its public
 * key. Only the public half ever leaves the service, as a JWK.
 */
public record SigningKey(String kid, PrivateKey privateKey, RSAPublicKey publicKey) {

    private static final int KEY_BITS = 2048;

    public static SigningKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_BITS);
            KeyPair pair = generator.generateKeyPair();
            return of(pair.getPrivate(), (RSAPublicKey) pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate an RSA key pair", e);
        }
    }

    /** From the encoded forms {@link #encodedPrivateKey()} and {@link #encodedPublicKey()} give. */
    public static SigningKey decode(String encodedPrivateKey, String encodedPublicKey) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(encodedPrivateKey)));
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(encodedPublicKey)));
            return of(privateKey, publicKey);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The stored signing key cannot be read", e);
        }
    }

    /** The private key and certificate under {@code alias}, or the keystore's only key if alias is null. */
    public static SigningKey fromKeystore(Path path, char[] password, String alias) {
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore keystore = KeyStore.getInstance("PKCS12");
            keystore.load(in, password);
            String name = alias != null ? alias : onlyKeyAlias(keystore);
            if (!(keystore.getKey(name, password) instanceof PrivateKey privateKey)
                    || keystore.getCertificate(name) == null
                    || !(keystore.getCertificate(name).getPublicKey() instanceof RSAPublicKey publicKey)) {
                throw new IllegalStateException("Keystore " + path + " has no RSA private key under alias " + name);
            }
            return of(privateKey, publicKey);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the signing key from keystore " + path, e);
        }
    }

    private static String onlyKeyAlias(KeyStore keystore) throws GeneralSecurityException {
        List<String> keys = Collections.list(keystore.aliases()).stream()
                .filter(alias -> isKeyEntry(keystore, alias))
                .toList();
        if (keys.size() != 1) {
            throw new IllegalStateException("The keystore holds " + keys.size() + " keys: set jwt.key.alias");
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

    private static SigningKey of(PrivateKey privateKey, RSAPublicKey publicKey) {
        String kid = new RsaJsonWebKey(publicKey).calculateBase64urlEncodedThumbprint(HashUtil.SHA_256);
        return new SigningKey(kid, privateKey, publicKey);
    }

    public String encodedPrivateKey() {
        return Base64.getEncoder().encodeToString(privateKey.getEncoded());
    }

    public String encodedPublicKey() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
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
