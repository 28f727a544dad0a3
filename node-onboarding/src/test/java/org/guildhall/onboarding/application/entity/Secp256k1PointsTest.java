package org.guildhall.onboarding.application.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;

import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

class Secp256k1PointsTest {

    private static final BigInteger P =
            new BigInteger("fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f", 16);

    /** The public key of a private key, independent of the code under test: k * G with BC's own curve. */
    private static ECPoint publicKeyOf(String privateKeyHex) {
        return CustomNamedCurves.getByName("secp256k1").getG().multiply(new BigInteger(privateKeyHex, 16)).normalize();
    }

    private static byte[] xy(ECPoint point) {
        byte[] encoded = point.getEncoded(false);
        return java.util.Arrays.copyOfRange(encoded, 1, 65);
    }

    @Test
    void acceptsRealPublicKey() {
        ECPoint key = publicKeyOf("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");

        assertThat(Secp256k1Points.isOnCurve(xy(key))).isTrue();
    }

    @Test
    void rejectsOffCurvePoint() {
        byte[] xy = xy(publicKeyOf("01"));
        xy[63] ^= 1;

        assertThat(Secp256k1Points.isOnCurve(xy)).isFalse();
    }

    @Test
    void rejectsAllZeroEncodingOfInfinity() {
        assertThat(Secp256k1Points.isOnCurve(new byte[64])).isFalse();
    }

    @Test
    void rejectsCoordinatesAtOrAboveFieldPrime() {
        ECPoint key = pointWithSmallX();
        // x + p still fits in 32 bytes and is congruent to x: a lax decoder would reduce it and accept.
        byte[] x = BigIntegers.asUnsignedByteArray(32, key.getAffineXCoord().toBigInteger());
        byte[] xPlusP = BigIntegers.asUnsignedByteArray(32, key.getAffineXCoord().toBigInteger().add(P));
        byte[] y = BigIntegers.asUnsignedByteArray(32, key.getAffineYCoord().toBigInteger());
        byte[] pAsCoordinate = BigIntegers.asUnsignedByteArray(32, P);

        assertThat(Secp256k1Points.isOnCurve(concat(x, y))).isTrue();
        assertThat(Secp256k1Points.isOnCurve(concat(xPlusP, y))).isFalse();
        assertThat(Secp256k1Points.isOnCurve(concat(pAsCoordinate, y))).isFalse();
        assertThat(Secp256k1Points.isOnCurve(concat(x, pAsCoordinate))).isFalse();
        if (key.getAffineYCoord().toBigInteger().add(P).bitLength() <= 256) {
            byte[] yPlusP = BigIntegers.asUnsignedByteArray(32, key.getAffineYCoord().toBigInteger().add(P));
            assertThat(Secp256k1Points.isOnCurve(concat(x, yPlusP))).isFalse();
        }
    }

    /** The curve point with the smallest x (found through BC's decompression), so that x + p < 2^256. */
    private static ECPoint pointWithSmallX() {
        var curve = CustomNamedCurves.getByName("secp256k1").getCurve();
        for (int x = 1; ; x++) {
            try {
                return curve.decodePoint(concat(new byte[] {2}, BigIntegers.asUnsignedByteArray(32, BigInteger.valueOf(x))))
                        .normalize();
            } catch (IllegalArgumentException notOnCurve) {
                // try the next x
            }
        }
    }

    @Test
    void rejectsWrongLengthsAndNull() {
        assertThat(Secp256k1Points.isOnCurve(null)).isFalse();
        assertThat(Secp256k1Points.isOnCurve(new byte[65])).isFalse();
    }

    @Test
    void normalisesRawPrefixedAndCompressedKeysToTheSameNodeId() {
        ECPoint key = publicKeyOf("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");
        String nodeId = Hex.toHexString(xy(key));

        assertThat(Secp256k1Points.normaliseNodePublicKey(nodeId)).contains(nodeId);
        assertThat(Secp256k1Points.normaliseNodePublicKey(" 0x04" + nodeId.toUpperCase() + "\n")).contains(nodeId);
        assertThat(Secp256k1Points.normaliseNodePublicKey(Hex.toHexString(key.getEncoded(true)))).contains(nodeId);
    }

    @Test
    void rejectsKeysThatAreNotSecp256k1Points() {
        String nodeId = Hex.toHexString(xy(publicKeyOf("01")));

        assertThat(Secp256k1Points.normaliseNodePublicKey("05" + nodeId)).isEmpty();
        assertThat(Secp256k1Points.normaliseNodePublicKey(nodeId.substring(0, 126) + "00")).isEmpty();
        assertThat(Secp256k1Points.normaliseNodePublicKey("02" + "ff".repeat(32))).isEmpty();
        assertThat(Secp256k1Points.normaliseNodePublicKey("04" + nodeId.substring(2))).isEmpty();
        assertThat(Secp256k1Points.normaliseNodePublicKey("zz" + nodeId.substring(2))).isEmpty();
        assertThat(Secp256k1Points.normaliseNodePublicKey(null)).isEmpty();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
