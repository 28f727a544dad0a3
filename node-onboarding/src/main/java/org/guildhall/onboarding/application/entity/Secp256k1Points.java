package org.guildhall.onboarding.application.entity;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.encoders.Hex;

/** Checks and normalises secp256k1 public keys, the keys devp2p node ids are made of. */
public final class Secp256k1Points {

    private static final ECCurve CURVE = CustomNamedCurves.getByName("secp256k1").getCurve();
    private static final BigInteger P = CURVE.getField().getCharacteristic();

    private Secp256k1Points() {
    }

    /**
     * Whether {@code xy} (64 bytes, x || y big-endian, as in a node id) is a point on secp256k1: both
     * coordinates below the field prime, satisfying the curve equation, and not the point at infinity.
     * Never throws; anything else (null, wrong length) is simply not on the curve.
     */
    public static boolean isOnCurve(byte[] xy) {
        if (xy == null || xy.length != 64) {
            return false;
        }
        if (new BigInteger(1, Arrays.copyOfRange(xy, 0, 32)).compareTo(P) >= 0
                || new BigInteger(1, Arrays.copyOfRange(xy, 32, 64)).compareTo(P) >= 0) {
            return false;
        }
        byte[] encoded = new byte[65];
        encoded[0] = 0x04;
        System.arraycopy(xy, 0, encoded, 1, 64);
        return decode(encoded).isPresent();
    }

    /**
     * A separately declared node public key as the 128 lower-case hex digits of a node id, or empty if
     * it is not a valid secp256k1 key. Accepts hex (optionally {@code 0x}-prefixed, either case,
     * surrounding whitespace ignored) of 128 digits (x || y), 130 digits ({@code 04} || x || y) or
     * 66 digits (compressed: {@code 02}/{@code 03} || x, decompressed here).
     */
    public static Optional<String> normaliseNodePublicKey(String declared) {
        if (declared == null) {
            return Optional.empty();
        }
        String hex = declared.strip().toLowerCase(Locale.ROOT);
        if (hex.startsWith("0x")) {
            hex = hex.substring(2);
        }
        if (!hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return Optional.empty();
        }
        byte[] encoded;
        switch (hex.length()) {
            case 128 -> encoded = Hex.decode("04" + hex);
            case 130 -> encoded = hex.startsWith("04") ? Hex.decode(hex) : null;
            case 66 -> encoded = hex.startsWith("02") || hex.startsWith("03") ? Hex.decode(hex) : null;
            default -> encoded = null;
        }
        if (encoded == null || (encoded.length == 65 && !isOnCurve(Arrays.copyOfRange(encoded, 1, 65)))) {
            return Optional.empty();
        }
        return decode(encoded).map(point -> Hex.toHexString(point.getEncoded(false)).substring(2));
    }

    private static Optional<ECPoint> decode(byte[] encoded) {
        try {
            ECPoint point = CURVE.decodePoint(encoded);
            return point.isInfinity() || !point.isValid() ? Optional.empty() : Optional.of(point.normalize());
        } catch (IllegalArgumentException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
