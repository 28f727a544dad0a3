package org.guildhall.proposals.voting.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * The portal's signature on ballot receipts: a compact JWS, {@code alg} ES256 (P-256), header {@code {"alg":"ES256","kid":…,"typ":"guildhall-ballot-receipt+jws"}}, over an RFC 8785
 * canonical JSON payload, so that anyone holding the {@link #publicJwk() published key} can check a
 * receipt. Signing computes on BouncyCastle (its fixed-point comb multiplier makes a signature about six
 * times cheaper than the JDK's SunEC on this stack, and a receipt is signed for every ballot).
 * <p>
 * Thread-safe and made once: the key, the nimbus {@link ECDSASigner} (immutable; it takes a fresh JCA
 * {@code Signature} per signature, which costs little next to the ECDSA arithmetic and shares no state
 * between threads) and the encoded header are built in the constructor, so {@link #sign} only encodes
 * the payload and signs. The constructor signs and verifies once, so a JWK whose private part does not
 * belong to its public part is refused at start rather than producing receipts nobody can check.
 * {@link #verify} uses the same BouncyCastle ECDSA path as ballots (see {@link JwsVerifiers} for why).
 * Messages of its exceptions never contain key material.
 */
public final class ReceiptSigner {

    /** The {@code typ} of a receipt JWS. */
    public static final String TYPE = "guildhall-ballot-receipt+jws";
    /** The longest receipt JWS {@link #verify} reads, in characters. */
    public static final int MAX_RECEIPT_LENGTH = 64 * 1024;

    private static final Set<String> HEADER_MEMBERS = Set.of("alg", "kid", "typ");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final ECKey publicKey;
    private final ECDSASigner signer;
    private final JWSHeader header;
    private final String encodedHeader;

    /**
     * @param privateJwkJson the portal's EC P-256 private JWK, as {@link #generateKey()} makes it; its
     *                       {@code kid} is used when it has one, its thumbprint otherwise
     */
    public ReceiptSigner(String privateJwkJson) {
        ECKey key = privateP256Key(privateJwkJson);
        String kid = key.getKeyID() != null ? key.getKeyID() : VoterKeys.thumbprint(key);
        publicKey = new ECKey.Builder(key.toPublicJWK()).keyID(kid).keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.ES256).build();
        try {
            signer = new ECDSASigner(key.toECPrivateKey(JwsVerifiers.BOUNCY_CASTLE), Curve.P_256);
            signer.getJCAContext().setProvider(JwsVerifiers.BOUNCY_CASTLE);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("The receipt signing key cannot sign: " + e.getMessage(), e);
        }
        header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid).type(new JOSEObjectType(TYPE)).build();
        encodedHeader = header.toBase64URL().toString();
        if (!verify(sign("{}"), publicJwk())) {
            throw new IllegalArgumentException("The receipt signing key's private part does not match its public part");
        }
    }

    /** A new EC P-256 private JWK with its thumbprint as {@code kid}: keep it secret, e.g. in the environment. */
    public static String generateKey() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256).generate().toJSONString();
        } catch (JOSEException e) {
            throw new IllegalStateException("Every Java 17 runtime generates P-256 keys", e);
        }
    }

    /**
     * The compact JWS of a receipt.
     *
     * @param canonicalJsonPayload the receipt in RFC 8785 canonical form; anything else is refused with an
     *                             {@link IllegalArgumentException}, since a verifier recomputes that form
     */
    public String sign(String canonicalJsonPayload) {
        Objects.requireNonNull(canonicalJsonPayload, "canonicalJsonPayload");
        if (!isCanonical(canonicalJsonPayload)) {
            throw new IllegalArgumentException("A receipt payload must be RFC 8785 canonical JSON");
        }
        String signingInput = encodedHeader + '.'
                + BASE64URL.encodeToString(canonicalJsonPayload.getBytes(StandardCharsets.UTF_8));
        try {
            Base64URL signature = signer.sign(header, signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + '.' + signature;
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing a receipt failed: " + e.getMessage(), e);
        }
    }

    /** The public JWK to publish: {@code kty}, {@code crv}, {@code x}, {@code y}, {@code kid}, {@code use}, {@code alg}. */
    public String publicJwk() {
        return publicKey.toJSONString();
    }

    /** The {@code kid} in every receipt's header. */
    public String kid() {
        return publicKey.getKeyID();
    }

    /**
     * Whether {@code jws} is a receipt signed with the key {@code publicJwk}: compact, canonical
     * base64url, header exactly {@code alg} ES256, {@code typ} {@value #TYPE} and a {@code kid} equal to
     * the key's (when the key has one), and an ES256 signature that verifies. False for anything else,
     * malformed input included.
     */
    public static boolean verify(String jws, String publicJwk) {
        try {
            JWK jwk = JWK.parse(publicJwk);
            if (!(jwk instanceof ECKey key) || !Curve.P_256.equals(key.getCurve()) || key.isPrivate()) {
                return false;
            }
            CompactJws parts = CompactJws.parse(jws, MAX_RECEIPT_LENGTH);
            Map<String, Object> members = parts.header();
            if (!HEADER_MEMBERS.containsAll(members.keySet()) || !"ES256".equals(members.get("alg"))
                    || !TYPE.equals(members.get("typ"))
                    || (key.getKeyID() != null && !key.getKeyID().equals(members.get("kid")))) {
                return false;
            }
            return JwsVerifiers.ecdsa(key).verify(parts.jwsHeader(), parts.signingInput(), parts.encodedSignature());
        } catch (ParseException | JOSEException | RuntimeException e) {
            return false;
        }
    }

    private static ECKey privateP256Key(String privateJwkJson) {
        JWK jwk;
        try {
            jwk = JWK.parse(Objects.requireNonNull(privateJwkJson, "privateJwkJson"));
        } catch (ParseException e) {
            throw new IllegalArgumentException("The receipt signing key is not a JWK");
        }
        if (!(jwk instanceof ECKey key) || !Curve.P_256.equals(key.getCurve())) {
            throw new IllegalArgumentException("The receipt signing key must be an EC P-256 JWK, not "
                    + jwk.getKeyType() + (jwk instanceof ECKey ec ? " " + ec.getCurve() : ""));
        }
        if (!key.isPrivate() || key.getD() == null) {
            throw new IllegalArgumentException("The receipt signing key has no private part ('d')");
        }
        return key;
    }

    private static boolean isCanonical(String json) {
        try {
            return new JsonCanonicalizer(json).getEncodedString().equals(json);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
