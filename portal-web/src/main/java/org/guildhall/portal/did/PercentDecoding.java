package org.guildhall.portal.did;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

/**
 * Undoes the one level of percent-encoding a client applies to put a DID URL into a path segment
 * ({@code did%3Aguild%3A…%23key-1}). A DID's own pct-encoded characters ({@code %2520} sent for
 * {@code %20}) come out as the DID has them. Unlike form decoding, {@code +} stays {@code +}.
 */
final class PercentDecoding {

    private PercentDecoding() {
    }

    static String once(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new IllegalArgumentException("A '%' at " + i + " is not followed by two hex digits.");
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("A '%' at " + i + " is not followed by two hex digits.");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c > 0x7f) {
                throw new IllegalArgumentException("Non-ASCII character at " + i + ".");
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("The percent-encoded bytes are not UTF-8.");
        }
    }
}
