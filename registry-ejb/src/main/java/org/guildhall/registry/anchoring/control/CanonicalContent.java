package org.guildhall.registry.anchoring.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * The form in which registry content is stored, hashed and anchored: RFC 8785 canonical JSON and the
 * lowercase hex SHA-256 of its UTF-8 bytes. Anyone holding the JSON recomputes the same hash.
 */
public final class CanonicalContent {

    private CanonicalContent() {
    }

    /** The RFC 8785 form of a JSON text; {@link IllegalArgumentException} when it is not JSON. */
    public static String canonical(String json) {
        try {
            return new JsonCanonicalizer(json).getEncodedString();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Not a JSON text: " + e.getMessage(), e);
        }
    }

    /** The SHA-256 of the UTF-8 bytes of {@code canonicalJson}, as it is. */
    public static byte[] sha256(String canonicalJson) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(canonicalJson.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public static String sha256Hex(String canonicalJson) {
        return HexFormat.of().formatHex(sha256(canonicalJson));
    }
}
