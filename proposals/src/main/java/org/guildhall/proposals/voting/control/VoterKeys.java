package org.guildhall.proposals.voting.control;

import static org.guildhall.proposals.voting.control.UntrustedText.quote;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.guildhall.proposals.voting.entity.BallotSignatureException;
import org.guildhall.proposals.voting.entity.VoterKey;

/**
 * Reads the public JWK a voter registers into a {@link VoterKey}.
 * <p>
 * Accepted: EC on {@code secp256k1} (ES256K, RFC 8812), EC on {@code P-256} (ES256) and OKP on
 * {@code Ed25519} (EdDSA, RFC 8037), public keys only. Refused, each with its own message: input over
 * 4 KiB, anything but one JSON object (duplicate members included), any private or secret member
 * ({@code d} and the RSA and symmetric ones: a key sent with its private part is to be replaced, not
 * stored), other key types and curves, {@code use} other than {@code sig}, {@code key_ops} without
 * {@code verify}, an {@code alg} that is not the curve's, and points that are not public keys:
 * <ul>
 * <li>EC coordinates must be exactly 32 bytes (RFC 7518 §6.2.1.2), below the field prime and on the
 * curve, checked with BouncyCastle's curve arithmetic for both curves (nimbus checks the curve equation
 * modulo p only, which lets an unreduced coordinate through);</li>
 * <li>an Ed25519 {@code x} must be a canonical encoding of a point of the prime-order subgroup
 * (BouncyCastle's full validation), which also refuses the small-order keys for which one signature
 * fits many messages.</li>
 * </ul>
 * The {@code kid} is the RFC 7638 thumbprint computed by nimbus, whatever {@code kid} the voter sent;
 * the stored JWK is the thumbprint's input (required members, lexicographic order, no white space), so
 * other members the voter sent ({@code kid}, {@code use}, certificates) are dropped.
 */
public final class VoterKeys {

    /** The largest JWK text accepted, in UTF-8 bytes. */
    public static final int MAX_JWK_BYTES = 4 * 1024;

    private static final int COORDINATE_BYTES = 32;
    private static final Set<String> PRIVATE_MEMBERS = Set.of("d", "p", "q", "dp", "dq", "qi", "oth", "k");
    private static final ECCurve SECP256K1 = CustomNamedCurves.getByName("secp256k1").getCurve();
    private static final ECCurve P256 = CustomNamedCurves.getByName("secp256r1").getCurve();

    private VoterKeys() {
    }

    /** The voter key of a public JWK; {@link BallotSignatureException} saying why when it is refused. */
    public static VoterKey parse(String jwkJson) {
        JWK jwk = validatedJwk(jwkJson);
        return new VoterKey(thumbprint(jwk), algorithmOf(jwk), canonical(jwk));
    }

    /** The JWK behind a registered key, checked again and required to be the key it claims to be. */
    static JWK jwkOf(VoterKey key) {
        JWK jwk = validatedJwk(key.publicJwk());
        if (!thumbprint(jwk).equals(key.kid()) || !algorithmOf(jwk).equals(key.algorithm())) {
            throw new BallotSignatureException("the registered key " + quote(key.kid())
                    + " does not match its stored JWK; register the key again");
        }
        return jwk;
    }

    static String thumbprint(JWK jwk) {
        try {
            return jwk.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static String algorithmOf(JWK jwk) {
        Curve crv = jwk instanceof ECKey ec ? ec.getCurve() : jwk instanceof OctetKeyPair okp ? okp.getCurve() : null;
        if (Curve.SECP256K1.equals(crv)) {
            return "ES256K";
        }
        if (Curve.P_256.equals(crv)) {
            return "ES256";
        }
        if (Curve.Ed25519.equals(crv)) {
            return "EdDSA";
        }
        throw new IllegalStateException("Not a key validatedJwk accepts: " + jwk.getKeyType() + " " + crv);
    }

    private static String canonical(JWK jwk) {
        return JSONObjectUtils.toJSONString(jwk.getRequiredParams());
    }

    private static JWK validatedJwk(String jwkJson) {
        if (jwkJson == null || jwkJson.isBlank()) {
            throw new BallotSignatureException("no key was given: paste the public JWK of your signing key");
        }
        int size = jwkJson.getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_JWK_BYTES) {
            throw new BallotSignatureException("the JWK is " + size + " bytes long; a public key fits in "
                    + MAX_JWK_BYTES + " bytes");
        }
        Map<String, Object> members = JsonObjects.parse(jwkJson);
        if (members == null) {
            throw new BallotSignatureException("the key is not a JSON object (or it repeats a member)");
        }
        for (String name : members.keySet()) {
            if (PRIVATE_MEMBERS.contains(name)) {
                throw new BallotSignatureException("the JWK contains private key material ('" + name
                        + "'): register the public key only, and since the private key has left your device, "
                        + "make a new key pair");
            }
        }
        Object kty = members.get("kty");
        if (!(kty instanceof String)) {
            throw new BallotSignatureException("the JWK has no key type ('kty')");
        }
        String expectedAlgorithm;
        if ("EC".equals(kty)) {
            expectedAlgorithm = checkEcPoint(members);
        } else if ("OKP".equals(kty)) {
            expectedAlgorithm = checkEd25519Point(members);
        } else {
            throw new BallotSignatureException("keys of type " + quote(kty)
                    + " are not accepted: register an EC key on secp256k1 or P-256, or an OKP Ed25519 key");
        }
        checkIntendedUse(members, expectedAlgorithm);
        JWK jwk;
        try {
            jwk = JWK.parse(members);
        } catch (ParseException | RuntimeException e) {
            throw new BallotSignatureException("the JWK is not valid: " + e.getMessage(), e);
        }
        if (jwk.isPrivate()) {
            throw new BallotSignatureException("the JWK is a private key: register the public key only");
        }
        return jwk;
    }

    private static String checkEcPoint(Map<String, Object> members) {
        String crv = curveOf(members);
        ECCurve curve;
        String algorithm;
        if ("secp256k1".equals(crv)) {
            curve = SECP256K1;
            algorithm = "ES256K";
        } else if ("P-256".equals(crv)) {
            curve = P256;
            algorithm = "ES256";
        } else {
            throw new BallotSignatureException("EC keys on curve " + quote(crv)
                    + " are not accepted: use secp256k1 (ES256K) or P-256 (ES256)");
        }
        BigInteger x = new BigInteger(1, coordinate(members, "x", crv));
        BigInteger y = new BigInteger(1, coordinate(members, "y", crv));
        try {
            curve.validatePoint(x, y);
        } catch (IllegalArgumentException e) {
            throw new BallotSignatureException("the point (x, y) is not on the " + crv
                    + " curve: this is not a public key", e);
        }
        return algorithm;
    }

    private static String checkEd25519Point(Map<String, Object> members) {
        String crv = curveOf(members);
        if (!"Ed25519".equals(crv)) {
            throw new BallotSignatureException("OKP keys on curve " + quote(crv) + " are not accepted: use Ed25519"
                    + ("X25519".equals(crv) ? " (X25519 keys agree on secrets, they do not sign)" : ""));
        }
        byte[] x = coordinate(members, "x", crv);
        if (!Ed25519.validatePublicKeyFull(x, 0)) {
            throw new BallotSignatureException("'x' is not a valid Ed25519 public key (not a canonical point of "
                    + "the curve's prime-order subgroup)");
        }
        return "EdDSA";
    }

    private static void checkIntendedUse(Map<String, Object> members, String algorithm) {
        Object use = members.get("use");
        if (use != null && !"sig".equals(use)) {
            throw new BallotSignatureException("the JWK is meant for " + quote(use) + ", not for signatures ('sig')");
        }
        Object keyOps = members.get("key_ops");
        if (keyOps != null && !(keyOps instanceof List<?> ops && ops.contains("verify"))) {
            throw new BallotSignatureException("the JWK's key_ops do not include 'verify'");
        }
        Object alg = members.get("alg");
        if (alg != null && !algorithm.equals(alg)) {
            throw new BallotSignatureException("the JWK says alg " + quote(alg) + " but its curve signs with "
                    + algorithm);
        }
    }

    private static String curveOf(Map<String, Object> members) {
        Object crv = members.get("crv");
        if (!(crv instanceof String)) {
            throw new BallotSignatureException("the JWK has no curve ('crv')");
        }
        return (String) crv;
    }

    private static byte[] coordinate(Map<String, Object> members, String name, String crv) {
        Object value = members.get(name);
        if (!(value instanceof String)) {
            throw new BallotSignatureException("the JWK has no '" + name + "' coordinate");
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode((String) value);
        } catch (IllegalArgumentException e) {
            throw new BallotSignatureException("the JWK's '" + name + "' is not base64url", e);
        }
        if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(value)) {
            throw new BallotSignatureException("the JWK's '" + name + "' is not canonical unpadded base64url");
        }
        if (bytes.length != COORDINATE_BYTES) {
            throw new BallotSignatureException("the JWK's '" + name + "' is " + bytes.length + " bytes; a " + crv
                    + " key has " + COORDINATE_BYTES);
        }
        return bytes;
    }
}
