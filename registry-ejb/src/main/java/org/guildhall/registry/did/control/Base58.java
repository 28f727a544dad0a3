package org.guildhall.registry.did.control;

import java.util.Arrays;

/**
 * Base58 with the Bitcoin alphabet (draft-msporny-base58), as multibase {@code z} and the method's
 * unique ids use it: each leading zero byte is one {@code '1'}, the rest is the big-endian number in
 * base 58. The encoding is one-to-one: {@code encode(decode(s))} is {@code s} for every valid {@code s}.
 * Quadratic in the length, meant for keys and identifiers, not bulk data.
 */
public final class Base58 {

    static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final int[] DIGIT_OF = new int[128];

    static {
        Arrays.fill(DIGIT_OF, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            DIGIT_OF[ALPHABET.charAt(i)] = i;
        }
    }

    private Base58() {
    }

    public static String encode(byte[] bytes) {
        int zeros = 0;
        while (zeros < bytes.length && bytes[zeros] == 0) {
            zeros++;
        }
        // base-58 digits, least significant first; log(256)/log(58) < 1.37
        byte[] digits = new byte[(bytes.length - zeros) * 137 / 100 + 1];
        int length = 0;
        for (int i = zeros; i < bytes.length; i++) {
            int carry = bytes[i] & 0xff;
            for (int j = 0; j < length; j++) {
                carry += (digits[j] & 0xff) << 8;
                digits[j] = (byte) (carry % 58);
                carry /= 58;
            }
            while (carry > 0) {
                digits[length++] = (byte) (carry % 58);
                carry /= 58;
            }
        }
        StringBuilder text = new StringBuilder(zeros + length);
        text.append("1".repeat(zeros));
        for (int j = length - 1; j >= 0; j--) {
            text.append(ALPHABET.charAt(digits[j]));
        }
        return text.toString();
    }

    /** The bytes of {@code text}; {@link IllegalArgumentException} naming the first character not in the alphabet. */
    public static byte[] decode(String text) {
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == '1') {
            zeros++;
        }
        // bytes, least significant first; log(58)/log(256) < 0.74
        byte[] bytes = new byte[(text.length() - zeros) * 74 / 100 + 1];
        int length = 0;
        for (int i = zeros; i < text.length(); i++) {
            char c = text.charAt(i);
            int carry = c < 128 ? DIGIT_OF[c] : -1;
            if (carry < 0) {
                throw new IllegalArgumentException(DidSyntax.describe(c) + " at position " + i
                        + " is not a base58 character");
            }
            for (int j = 0; j < length; j++) {
                carry += (bytes[j] & 0xff) * 58;
                bytes[j] = (byte) carry;
                carry >>>= 8;
            }
            while (carry > 0) {
                bytes[length++] = (byte) carry;
                carry >>>= 8;
            }
        }
        byte[] decoded = new byte[zeros + length];
        for (int j = 0; j < length; j++) {
            decoded[decoded.length - 1 - j] = bytes[j];
        }
        return decoded;
    }
}
