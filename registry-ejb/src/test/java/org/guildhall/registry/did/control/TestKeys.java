package org.guildhall.registry.did.control;

import com.nimbusds.jose.util.Base64URL;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import org.guildhall.registry.did.entity.VerificationKey;

/**
 * Fresh key pairs that sign the way a DID controller does (JOSE raw signatures), made with code other
 * than the verifier's where the JDK has the curve: P-256 and Ed25519 sign on the JDK's SunEC, secp256k1
 * (absent from JDK 17) on BouncyCastle.
 */
final class TestKeys {

    /** A key pair of one of the accepted algorithms, its public JWK as a DID document carries it. */
    record Pair(String alg, JsonObject publicJwk, KeyPair keyPair, String signatureAlgorithm, Provider provider) {

        byte[] sign(byte[] payload) {
            try {
                Signature signature = provider == null ? Signature.getInstance(signatureAlgorithm)
                        : Signature.getInstance(signatureAlgorithm, provider);
                signature.initSign(keyPair.getPrivate());
                signature.update(payload);
                return signature.sign();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        VerificationKey key(String id) {
            return DidKeys.fromJwk(id, publicJwk);
        }
    }

    private TestKeys() {
    }

    static Pair of(String alg) {
        switch (alg) {
            case "ES256":
                return p256();
            case "ES256K":
                return secp256k1();
            case "EdDSA":
                return ed25519();
            default:
                throw new IllegalArgumentException(alg);
        }
    }

    static Pair p256() {
        KeyPair pair = ecPair("secp256r1", null);
        return new Pair("ES256", ecJwk("P-256", (ECPublicKey) pair.getPublic()), pair, "SHA256withECDSAinP1363Format", null);
    }

    static Pair secp256k1() {
        KeyPair pair = ecPair("secp256k1", ProofVerifier.BOUNCY_CASTLE);
        return new Pair("ES256K", ecJwk("secp256k1", (ECPublicKey) pair.getPublic()), pair, "SHA256withPLAIN-ECDSA",
                ProofVerifier.BOUNCY_CASTLE);
    }

    static Pair ed25519() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            byte[] spki = pair.getPublic().getEncoded();
            byte[] x = Arrays.copyOfRange(spki, spki.length - 32, spki.length);
            JsonObject jwk = Json.createObjectBuilder().add("kty", "OKP").add("crv", "Ed25519")
                    .add("x", Base64URL.encode(x).toString()).build();
            return new Pair("EdDSA", jwk, pair, "Ed25519", null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonObject ecJwk(String crv, byte[] x, byte[] y) {
        return Json.createObjectBuilder().add("kty", "EC").add("crv", crv)
                .add("x", Base64URL.encode(x).toString()).add("y", Base64URL.encode(y).toString()).build();
    }

    static byte[] fixed32(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] fixed = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
        return fixed;
    }

    private static JsonObject ecJwk(String crv, ECPublicKey key) {
        return ecJwk(crv, fixed32(key.getW().getAffineX()), fixed32(key.getW().getAffineY()));
    }

    private static KeyPair ecPair(String curve, Provider provider) {
        try {
            KeyPairGenerator generator = provider == null ? KeyPairGenerator.getInstance("EC")
                    : KeyPairGenerator.getInstance("EC", provider);
            generator.initialize(new ECGenParameterSpec(curve));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
