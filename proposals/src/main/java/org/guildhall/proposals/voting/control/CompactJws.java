package org.guildhall.proposals.voting.control;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.Map;

/**
 * A JWS in compact serialisation (RFC 7515 §7.1), split strictly: exactly three parts, each in canonical
 * unpadded base64url (nothing outside the alphabet, no padding, no stray trailing bits, so one signature
 * has one text), the header and payload strict UTF-8 and the header a JSON object without duplicate
 * members. Nimbus's own {@code Base64URL} decoding is lenient, hence this check before it.
 * <p>
 * Refusals are {@link IllegalArgumentException}s whose message names the faulty part.
 */
final class CompactJws {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final String headerPart;
    private final String payloadPart;
    private final String signaturePart;
    private final Map<String, Object> header;
    private final byte[] payload;
    private final byte[] signature;

    private CompactJws(String headerPart, String payloadPart, String signaturePart, Map<String, Object> header,
            byte[] payload, byte[] signature) {
        this.headerPart = headerPart;
        this.payloadPart = payloadPart;
        this.signaturePart = signaturePart;
        this.header = header;
        this.payload = payload;
        this.signature = signature;
    }

    /** Splits and decodes {@code text}, refusing it when longer than {@code maxLength} characters. */
    static CompactJws parse(String text, int maxLength) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("the JWS is empty");
        }
        if (text.length() > maxLength) {
            throw new IllegalArgumentException("the JWS is " + text.length() + " characters long; at most " + maxLength
                    + " are accepted");
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a JWS in compact serialisation has 3 parts separated by dots, this has "
                    + parts.length + (parts.length == 5 ? " (an encrypted JWE is not a signed ballot)" : ""));
        }
        byte[] headerBytes = decode(parts[0], "header");
        byte[] payloadBytes = decode(parts[1], "payload");
        byte[] signatureBytes = decode(parts[2], "signature");
        return new CompactJws(parts[0], parts[1], parts[2], jsonObject(headerBytes, "header"), payloadBytes,
                signatureBytes);
    }

    /** The JSON object in a JWS part; {@link IllegalArgumentException} naming the part when it is none. */
    static Map<String, Object> jsonObject(byte[] utf8, String part) {
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(utf8)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the JWS " + part + " is not UTF-8 text", e);
        }
        Map<String, Object> object = JsonObjects.parse(json);
        if (object == null) {
            throw new IllegalArgumentException("the JWS " + part + " is not a JSON object (or repeats a member)");
        }
        return object;
    }

    private static byte[] decode(String part, String name) {
        if (part.isEmpty()) {
            throw new IllegalArgumentException("the JWS " + name + " is empty");
        }
        byte[] bytes;
        try {
            bytes = DECODER.decode(part);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the JWS " + name + " is not base64url", e);
        }
        if (!ENCODER.encodeToString(bytes).equals(part)) {
            throw new IllegalArgumentException("the JWS " + name + " is not canonical unpadded base64url");
        }
        return bytes;
    }

    /** The header members as parsed JSON. */
    Map<String, Object> header() {
        return header;
    }

    /** The header as nimbus reads it; call after checking the members. */
    JWSHeader jwsHeader() {
        try {
            return JWSHeader.parse(header, Base64URL.from(headerPart));
        } catch (ParseException e) {
            throw new IllegalArgumentException("the JWS header is malformed: " + e.getMessage(), e);
        }
    }

    byte[] payload() {
        return payload.clone();
    }

    byte[] signature() {
        return signature.clone();
    }

    Base64URL encodedSignature() {
        return Base64URL.from(signaturePart);
    }

    /** The ASCII bytes of {@code header.payload}, which the signature covers. */
    byte[] signingInput() {
        return (headerPart + '.' + payloadPart).getBytes(StandardCharsets.US_ASCII);
    }
}
