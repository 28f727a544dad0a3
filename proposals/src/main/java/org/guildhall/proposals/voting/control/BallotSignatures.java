package org.guildhall.proposals.voting.control;

import static org.guildhall.proposals.voting.control.UntrustedText.quote;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import java.text.ParseException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guildhall.proposals.voting.entity.BallotSignatureException;
import org.guildhall.proposals.voting.entity.SignedBallot;
import org.guildhall.proposals.voting.entity.VoterKey;

/**
 * Verifies the JWS a voter signs over a ballot with their own registered key.
 * <p>
 * What is accepted, and nothing else:
 * <ul>
 * <li>Compact serialisation only, at most 8 KiB, three parts in canonical unpadded base64url.</li>
 * <li>Header members {@code alg}, {@code kid}, {@code typ} and {@code jwk} only. {@code alg} must be the
 * key's algorithm, so {@code none}, the HMAC family (a public key used as a MAC secret) and the other
 * curves' algorithms are all refused before any cryptography. {@code kid}, if present, must be the key's
 * thumbprint; an embedded {@code jwk}, if present, must be the registered key itself (it is never a
 * source of trust). Everything else is refused, among it {@code crit} (no extension is understood),
 * {@code b64} (RFC 7797 unencoded payloads), {@code jku}, {@code x5u} and {@code x5c} (no key is ever
 * fetched or taken from a certificate). {@code typ} is free text and not checked.</li>
 * <li>The signature must verify with the key, through {@link JwsVerifiers}: ECDSA signatures in the JOSE
 * {@code r || s} form of 64 bytes (a DER-encoded signature is refused with its own message), high s
 * accepted (RFC 8812 does not require low s; it is malleable, so a ballot is identified by its payload,
 * never by the bytes of its JWS), Ed25519 signatures with canonical S.</li>
 * <li>The payload, checked only once the signature verifies: one JSON object (no repeated member) with
 * exactly {@code proposal}, {@code voter}, {@code option} (strings equal to the expected ballot's, case
 * and all) and {@code iat} (a whole number of seconds since the epoch, no later than 5 minutes after
 * {@code now}, for clock skew, and no earlier than 24 hours before it). The bounds are inclusive and
 * compared in whole seconds.</li>
 * </ul>
 * Every refusal is a {@link BallotSignatureException} saying which check failed.
 */
public final class BallotSignatures {

    /** The longest compact JWS accepted, in characters (they are all ASCII). */
    public static final int MAX_JWS_LENGTH = 8 * 1024;
    /** How far a ballot's {@code iat} may run ahead of the server's clock. */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
    /** How old a ballot's {@code iat} may be. */
    public static final Duration MAX_AGE = Duration.ofHours(24);

    private static final Set<String> HEADER_MEMBERS = Set.of("alg", "kid", "typ", "jwk");
    private static final List<String> PAYLOAD_MEMBERS = List.of("proposal", "voter", "option", "iat");
    private static final int SIGNATURE_BYTES = 64;

    private BallotSignatures() {
    }

    /**
     * Checks that {@code compactJws} is {@code key}'s signature over {@code expected}, made around
     * {@code now}.
     *
     * @return the ballot's {@code iat}
     * @throws BallotSignatureException saying what is wrong, when it is not
     */
    public static Instant verify(String compactJws, VoterKey key, SignedBallot expected, Instant now) {
        CompactJws jws;
        try {
            jws = CompactJws.parse(compactJws, MAX_JWS_LENGTH);
        } catch (IllegalArgumentException e) {
            throw new BallotSignatureException(e.getMessage(), e);
        }
        JWSHeader header = checkHeader(jws, key);
        checkSignature(jws, header, key);
        return checkPayload(jws, expected, now);
    }

    private static JWSHeader checkHeader(CompactJws jws, VoterKey key) {
        Map<String, Object> members = jws.header();
        Object alg = members.get("alg");
        if (!key.algorithm().equals(alg)) {
            throw new BallotSignatureException("the JWS header's alg " + quote(alg) + " is not " + key.algorithm()
                    + ", the algorithm of the voter's key");
        }
        for (String name : members.keySet()) {
            if (!HEADER_MEMBERS.contains(name)) {
                throw new BallotSignatureException("the JWS header member " + quote(name) + " is not accepted"
                        + headerHint(name));
            }
        }
        Object kid = members.get("kid");
        if (members.containsKey("kid") && !key.kid().equals(kid)) {
            throw new BallotSignatureException("the JWS header's kid " + quote(kid) + " is not the voter's key "
                    + key.kid());
        }
        if (members.containsKey("jwk")) {
            checkEmbeddedJwk(members.get("jwk"), key);
        }
        try {
            return jws.jwsHeader();
        } catch (IllegalArgumentException e) {
            throw new BallotSignatureException(e.getMessage(), e);
        }
    }

    private static String headerHint(String name) {
        switch (name) {
            case "crit":
                return ": no JWS extension is understood here";
            case "b64":
                return ": the payload must be base64url-encoded (RFC 7797 is not supported)";
            case "jku":
            case "x5u":
            case "x5c":
                return ": the voter's key is the registered one, never one named in the JWS";
            default:
                return "";
        }
    }

    private static void checkEmbeddedJwk(Object embedded, VoterKey key) {
        if (!(embedded instanceof Map)) {
            throw new BallotSignatureException("the JWS header's jwk is not a JSON object");
        }
        JWK jwk;
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> members = (Map<String, Object>) embedded;
            jwk = JWK.parse(members);
        } catch (ParseException | RuntimeException e) {
            throw new BallotSignatureException("the JWS header's jwk is not a JWK", e);
        }
        if (jwk.isPrivate()) {
            throw new BallotSignatureException("the JWS header carries a private key: make a new key pair");
        }
        if (!VoterKeys.thumbprint(jwk).equals(key.kid())) {
            throw new BallotSignatureException("the JWS header's jwk is not the voter's registered key " + key.kid());
        }
    }

    private static void checkSignature(CompactJws jws, JWSHeader header, VoterKey key) {
        int length = jws.signature().length;
        if (length != SIGNATURE_BYTES) {
            throw new BallotSignatureException("a " + key.algorithm() + " signature has " + SIGNATURE_BYTES
                    + " bytes, this one " + length
                    + (key.algorithm().startsWith("ES") ? " (ECDSA signatures in JWS are r || s, not DER)" : ""));
        }
        boolean verifies;
        try {
            verifies = JwsVerifiers.forKey(key).verify(header, jws.signingInput(), jws.encodedSignature());
        } catch (JOSEException e) {
            throw new BallotSignatureException("the signature cannot be checked: " + e.getMessage(), e);
        }
        if (!verifies) {
            throw new BallotSignatureException("the signature does not verify with the voter's key " + key.kid());
        }
    }

    private static Instant checkPayload(CompactJws jws, SignedBallot expected, Instant now) {
        Map<String, Object> payload;
        try {
            payload = CompactJws.jsonObject(jws.payload(), "payload");
        } catch (IllegalArgumentException e) {
            throw new BallotSignatureException(e.getMessage(), e);
        }
        for (String name : payload.keySet()) {
            if (!PAYLOAD_MEMBERS.contains(name)) {
                throw new BallotSignatureException("the payload has a member " + quote(name)
                        + " that a ballot does not have (only proposal, voter, option and iat)");
            }
        }
        for (String name : PAYLOAD_MEMBERS) {
            if (!payload.containsKey(name)) {
                throw new BallotSignatureException("the payload lacks " + name);
            }
        }
        checkMember(payload, "proposal", expected.proposal());
        checkMember(payload, "voter", expected.voter());
        checkMember(payload, "option", expected.option());
        return checkIssuedAt(payload.get("iat"), now);
    }

    private static void checkMember(Map<String, Object> payload, String name, String expected) {
        Object actual = payload.get(name);
        if (!(actual instanceof String)) {
            throw new BallotSignatureException("the payload " + name + " is not a string");
        }
        if (!expected.equals(actual)) {
            throw new BallotSignatureException("the payload " + name + " " + quote(actual)
                    + " does not match the ballot's " + quote(expected));
        }
    }

    private static Instant checkIssuedAt(Object iat, Instant now) {
        if (!(iat instanceof Long)) {
            throw new BallotSignatureException("the payload iat " + quote(iat)
                    + " is not a whole number of seconds since 1970-01-01T00:00:00Z");
        }
        long seconds = (Long) iat;
        long nowSeconds = now.getEpochSecond();
        if (seconds > nowSeconds + MAX_CLOCK_SKEW.toSeconds()) {
            throw new BallotSignatureException("the payload iat " + describe(seconds) + " is more than "
                    + MAX_CLOCK_SKEW.toMinutes() + " minutes after the server's time " + now
                    + ": check your device's clock");
        }
        if (seconds < nowSeconds - MAX_AGE.toSeconds()) {
            throw new BallotSignatureException("the payload iat " + describe(seconds) + " is more than "
                    + MAX_AGE.toHours() + " hours before the server's time " + now + ": sign the ballot again");
        }
        return Instant.ofEpochSecond(seconds);
    }

    private static String describe(long epochSeconds) {
        try {
            return Instant.ofEpochSecond(epochSeconds).toString();
        } catch (DateTimeException e) {
            return Long.toString(epochSeconds);
        }
    }
}
