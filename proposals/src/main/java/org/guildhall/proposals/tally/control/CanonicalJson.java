package org.guildhall.proposals.tally.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;
import org.erdtman.jcs.JsonCanonicalizer;

/** RFC 8785 canonical JSON (through {@link JsonCanonicalizer}) and lower-case hex SHA-256. */
final class CanonicalJson {

    /** Looked up once: {@code Json.createXxx} looks the provider up again on every call. */
    static final JsonProvider JSON = JsonProvider.provider();

    private CanonicalJson() {
    }

    /** The RFC 8785 form of a JSON text; {@link IllegalArgumentException} when it is not JSON. */
    static String canonicalize(String json) {
        try {
            return new JsonCanonicalizer(json).getEncodedString();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Not a JSON text that can be canonicalised: " + e.getMessage(), e);
        }
    }

    /** The UTF-8 bytes of the RFC 8785 form of a JSON text. */
    static byte[] canonicalUtf8(String json) {
        try {
            return new JsonCanonicalizer(json).getEncodedUTF8();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Not a JSON text that can be canonicalised: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a value with the members of every object in RFC 8785 order (UTF-16 code units, which is
     * {@link String#compareTo}). For the small parts of a document; numbers are written as JSON-P
     * writes them, so keep to strings, booleans and small integers.
     */
    static void writeSorted(JsonGenerator json, JsonValue value) {
        if (value instanceof JsonObject object) {
            json.writeStartObject();
            new TreeMap<>(object).forEach((key, member) -> {
                json.writeKey(key);
                writeSorted(json, member);
            });
            json.writeEnd();
        } else if (value instanceof JsonArray array) {
            json.writeStartArray();
            array.forEach(element -> writeSorted(json, element));
            json.writeEnd();
        } else {
            json.write(value);
        }
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
