package org.guildhall.registry.did.control;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.text.ParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.guildhall.registry.did.entity.VerificationKey;

/**
 * The public keys a DID document may hold, read from {@code publicKeyJwk} or a Multikey's
 * {@code publicKeyMultibase}: EC on P-256 ({@code ES256}), EC on secp256k1 ({@code ES256K}) and OKP on
 * Ed25519 ({@code EdDSA}), public keys only.
 * <p>
 * Refused, each with an {@link IllegalArgumentException} whose message suits a user: private key
 * members ({@code d p q dp dq qi k oth}), other key types (symmetric {@code oct} included) and curves,
 * coordinates that are not canonical unpadded base64url of exactly 32 bytes, EC points not on the curve
 * or with a coordinate not below the field prime (checked with BouncyCastle's curve arithmetic),
 * Ed25519 keys that are not a canonical point of the prime-order subgroup (BouncyCastle's full
 * validation, which also refuses small-order keys), and an {@code alg} member that is not the curve's
 * signature algorithm (an EC key may also say {@code ECDH-ES...}, for {@code keyAgreement}).
 * {@code use}, {@code key_ops}, {@code kid} and other members are not checked, and are not kept: the
 * key's JWK holds its required members only.
 * <p>
 * Multikey: multibase base58btc ({@code z}) of a multicodec varint prefix and the key:
 * {@code ed25519-pub} (0xed 0x01, 32 bytes), {@code secp256k1-pub} (0xe7 0x01, 33-byte compressed
 * point), {@code p256-pub} (0x80 0x24, 33-byte compressed point).
 */
public final class DidKeys {

    private static final List<String> PRIVATE_MEMBERS = List.of("d", "p", "q", "dp", "dq", "qi", "k", "oth");
    private static final int COORDINATE_BYTES = 32;
    private static final int COMPRESSED_POINT_BYTES = 33;
    private static final ECCurve P256 = CustomNamedCurves.getByName("secp256r1").getCurve();
    private static final ECCurve SECP256K1 = CustomNamedCurves.getByName("secp256k1").getCurve();
    private static final byte[] ED25519_PUB = {(byte) 0xed, 0x01};
    private static final byte[] SECP256K1_PUB = {(byte) 0xe7, 0x01};
    private static final byte[] P256_PUB = {(byte) 0x80, 0x24};
    private static final int MAX_MULTIBASE_LENGTH = 128;

    private DidKeys() {
    }

    /** The key of a {@code publicKeyJwk}. */
    public static VerificationKey fromJwk(String vmId, JsonObject publicKeyJwk) {
        for (String member : PRIVATE_MEMBERS) {
            if (publicKeyJwk.containsKey(member)) {
                throw new IllegalArgumentException("private key member '" + member + "' is not allowed");
            }
        }
        String kty = stringMember(publicKeyJwk, "kty");
        String crv;
        JWK jwk;
        String alg;
        switch (kty) {
            case "EC": {
                crv = stringMember(publicKeyJwk, "crv");
                ECCurve curve = ecCurve(crv);
                byte[] x = coordinate(publicKeyJwk, "x", crv);
                byte[] y = coordinate(publicKeyJwk, "y", crv);
                try {
                    curve.validatePoint(new BigInteger(1, x), new BigInteger(1, y));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("the point (x, y) is not on the " + crv + " curve", e);
                }
                alg = "P-256".equals(crv) ? "ES256" : "ES256K";
                jwk = ecKey(crv, x, y);
                break;
            }
            case "OKP": {
                crv = stringMember(publicKeyJwk, "crv");
                if (!"Ed25519".equals(crv)) {
                    throw new IllegalArgumentException("OKP keys on curve " + DidSyntax.quote(crv)
                            + " are not accepted; use Ed25519");
                }
                jwk = ed25519Key(coordinate(publicKeyJwk, "x", crv));
                alg = "EdDSA";
                break;
            }
            case "oct":
                throw new IllegalArgumentException("symmetric keys (kty 'oct') are not allowed");
            default:
                throw new IllegalArgumentException("key type " + DidSyntax.quote(kty)
                        + " is not accepted; use EC on P-256 or secp256k1, or OKP on Ed25519");
        }
        JsonValue declared = publicKeyJwk.get("alg");
        if (declared != null && !(declared instanceof JsonString s
                && (s.getString().equals(alg) || "EC".equals(kty) && s.getString().startsWith("ECDH-ES")))) {
            throw new IllegalArgumentException("'alg' is " + (declared instanceof JsonString s ? DidSyntax.quote(s.getString())
                    : "not a string") + " but a " + crv + " key signs with " + alg);
        }
        return new VerificationKey(vmId, jwk, alg);
    }

    /** The key of a Multikey's {@code publicKeyMultibase}. */
    public static VerificationKey fromMultibase(String vmId, String publicKeyMultibase) {
        if (publicKeyMultibase.isEmpty() || publicKeyMultibase.charAt(0) != 'z') {
            throw new IllegalArgumentException("a Multikey must be multibase base58btc, starting with 'z'");
        }
        if (publicKeyMultibase.length() > MAX_MULTIBASE_LENGTH) {
            throw new IllegalArgumentException("the multibase key is " + publicKeyMultibase.length()
                    + " characters long, longer than any accepted key");
        }
        byte[] bytes;
        try {
            bytes = Base58.decode(publicKeyMultibase.substring(1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the multibase key is not base58btc: " + e.getMessage(), e);
        }
        if (startsWith(bytes, ED25519_PUB)) {
            byte[] x = keyBytes(bytes, ED25519_PUB, COORDINATE_BYTES, "ed25519-pub");
            return new VerificationKey(vmId, ed25519Key(x), "EdDSA");
        }
        if (startsWith(bytes, SECP256K1_PUB)) {
            byte[] point = keyBytes(bytes, SECP256K1_PUB, COMPRESSED_POINT_BYTES, "secp256k1-pub");
            return new VerificationKey(vmId, decompressed(SECP256K1, "secp256k1", point), "ES256K");
        }
        if (startsWith(bytes, P256_PUB)) {
            byte[] point = keyBytes(bytes, P256_PUB, COMPRESSED_POINT_BYTES, "p256-pub");
            return new VerificationKey(vmId, decompressed(P256, "P-256", point), "ES256");
        }
        throw new IllegalArgumentException("the multicodec prefix "
                + (bytes.length < 2 ? "is missing" : String.format("0x%02x 0x%02x", bytes[0], bytes[1]) + " is not accepted")
                + "; use ed25519-pub (0xed 0x01), secp256k1-pub (0xe7 0x01) or p256-pub (0x80 0x24)");
    }

    /** The Multikey {@code publicKeyMultibase} of a key {@link #fromJwk} accepts (EC points compressed). */
    static String multibaseOf(JWK publicKey) {
        byte[] prefix;
        byte[] key;
        if (publicKey instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())) {
            prefix = ED25519_PUB;
            key = okp.getDecodedX();
        } else if (publicKey instanceof ECKey ec && (Curve.P_256.equals(ec.getCurve()) || Curve.SECP256K1.equals(ec.getCurve()))) {
            boolean p256 = Curve.P_256.equals(ec.getCurve());
            prefix = p256 ? P256_PUB : SECP256K1_PUB;
            key = (p256 ? P256 : SECP256K1).createPoint(ec.getX().decodeToBigInteger(), ec.getY().decodeToBigInteger())
                    .getEncoded(true);
        } else {
            throw new IllegalArgumentException("not a key DidKeys accepts: " + publicKey.getKeyType());
        }
        byte[] bytes = Arrays.copyOf(prefix, prefix.length + key.length);
        System.arraycopy(key, 0, bytes, prefix.length, key.length);
        return "z" + Base58.encode(bytes);
    }

    private static ECCurve ecCurve(String crv) {
        if ("P-256".equals(crv)) {
            return P256;
        }
        if ("secp256k1".equals(crv)) {
            return SECP256K1;
        }
        throw new IllegalArgumentException("EC keys on curve " + DidSyntax.quote(crv)
                + " are not accepted; use P-256 or secp256k1");
    }

    private static JWK ecKey(String crv, byte[] x, byte[] y) {
        try {
            return JWK.parse(Map.of("kty", "EC", "crv", crv, "x", Base64URL.encode(x).toString(),
                    "y", Base64URL.encode(y).toString()));
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("not a valid " + crv + " public key: " + e.getMessage(), e);
        }
    }

    private static JWK ed25519Key(byte[] x) {
        if (!Ed25519.validatePublicKeyFull(x, 0)) {
            throw new IllegalArgumentException("not a valid Ed25519 public key (not a canonical point of the"
                    + " curve's prime-order subgroup)");
        }
        return new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(x)).build();
    }

    private static JWK decompressed(ECCurve curve, String crv, byte[] compressed) {
        if (compressed[0] != 0x02 && compressed[0] != 0x03) {
            throw new IllegalArgumentException("a " + crv + " Multikey is a compressed point, starting with 0x02 or 0x03");
        }
        ECPoint point;
        try {
            point = curve.decodePoint(compressed).normalize();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the multibase key is not a point of the " + crv + " curve", e);
        }
        return ecKey(crv, point.getAffineXCoord().getEncoded(), point.getAffineYCoord().getEncoded());
    }

    private static byte[] keyBytes(byte[] bytes, byte[] prefix, int length, String codec) {
        if (bytes.length != prefix.length + length) {
            throw new IllegalArgumentException("a " + codec + " Multikey holds " + length + " key bytes, not "
                    + (bytes.length - prefix.length));
        }
        return Arrays.copyOfRange(bytes, prefix.length, bytes.length);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String stringMember(JsonObject jwk, String name) {
        JsonValue value = jwk.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the JWK has no '" + name + "'");
        }
        if (!(value instanceof JsonString s)) {
            throw new IllegalArgumentException("the JWK's '" + name + "' is not a string");
        }
        return s.getString();
    }

    private static byte[] coordinate(JsonObject jwk, String name, String crv) {
        String value = stringMember(jwk, name);
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the JWK's '" + name + "' is not base64url", e);
        }
        if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(value)) {
            throw new IllegalArgumentException("the JWK's '" + name + "' is not canonical unpadded base64url");
        }
        if (bytes.length != COORDINATE_BYTES) {
            throw new IllegalArgumentException("the JWK's '" + name + "' is " + bytes.length + " bytes; a " + crv
                    + " key has " + COORDINATE_BYTES);
        }
        return bytes;
    }
}
