package org.guildhall.onboarding.certification.entity;

/**
 * The public key types a node may certify. Their labels are stable: node types store lists of
 * allowed labels ({@code EC-P256}, {@code Ed25519}, {@code RSA-3072}, ...).
 */
public enum KeyAlgorithm {
    EC_P256("EC-P256", 256),
    EC_P384("EC-P384", 384),
    EC_SECP256K1("EC-secp256k1", 256),
    ED25519("Ed25519", 256),
    /** RSA; its size varies, so its label carries the modulus size: {@code RSA-2048}. */
    RSA("RSA", 0);

    private final String label;
    private final int keySizeBits;

    KeyAlgorithm(String label, int keySizeBits) {
        this.label = label;
        this.keySizeBits = keySizeBits;
    }

    /** The key size of this type, or 0 for RSA, whose size is per key. */
    public int keySizeBits() {
        return keySizeBits;
    }

    /** The stable label of a key of this type with the given size: {@code EC-P256}, {@code RSA-3072}. */
    public String label(int keySizeBits) {
        return this == RSA ? label + "-" + keySizeBits : label;
    }

    /** Whether this is an elliptic-curve (ECDSA/ECDH) key type. */
    public boolean isEllipticCurve() {
        return this == EC_P256 || this == EC_P384 || this == EC_SECP256K1;
    }
}
