package org.guildhall.onboarding.certification.entity;

import java.io.IOException;
import java.math.BigInteger;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/** The type and size of a SubjectPublicKeyInfo, after checking the key itself is well formed. */
record PublicKeyType(KeyAlgorithm algorithm, int sizeBits) {

    private static final int MAX_RSA_BITS = 16384;

    static PublicKeyType of(SubjectPublicKeyInfo key) {
        ASN1ObjectIdentifier oid = key.getAlgorithm().getAlgorithm();
        if (X9ObjectIdentifiers.id_ecPublicKey.equals(oid)) {
            return ellipticCurve(key);
        }
        if (EdECObjectIdentifiers.id_Ed25519.equals(oid)) {
            byte[] point = key.getPublicKeyData().getOctets();
            if (key.getAlgorithm().getParameters() != null || point.length != Ed25519.PUBLIC_KEY_SIZE
                    || !Ed25519.validatePublicKeyFull(point, 0)) {
                throw new InvalidCsrException("The CSR's Ed25519 public key is malformed.");
            }
            return new PublicKeyType(KeyAlgorithm.ED25519, KeyAlgorithm.ED25519.keySizeBits());
        }
        if (PKCSObjectIdentifiers.rsaEncryption.equals(oid)) {
            return rsa(key);
        }
        throw new InvalidCsrException("The CSR's public key algorithm (" + oid.getId() + ") is not supported;"
                + " use EC P-256, P-384, secp256k1, Ed25519 or RSA.");
    }

    /** The stable label, like {@code EC-P256} or {@code RSA-3072}. */
    String label() {
        return algorithm.label(sizeBits);
    }

    private static PublicKeyType ellipticCurve(SubjectPublicKeyInfo key) {
        ASN1Encodable parameters = key.getAlgorithm().getParameters();
        if (!(parameters instanceof ASN1ObjectIdentifier curve)) {
            throw new InvalidCsrException("The CSR's EC public key does not name its curve (explicit curve"
                    + " parameters are not accepted).");
        }
        KeyAlgorithm algorithm;
        if (SECObjectIdentifiers.secp256r1.equals(curve)) {
            algorithm = KeyAlgorithm.EC_P256;
        } else if (SECObjectIdentifiers.secp384r1.equals(curve)) {
            algorithm = KeyAlgorithm.EC_P384;
        } else if (SECObjectIdentifiers.secp256k1.equals(curve)) {
            algorithm = KeyAlgorithm.EC_SECP256K1;
        } else {
            throw new InvalidCsrException("The CSR's EC public key uses an unsupported curve (" + curve.getId()
                    + "); use P-256, P-384 or secp256k1.");
        }
        try {
            ECPoint point = CustomNamedCurves.getByOID(curve).getCurve().decodePoint(key.getPublicKeyData().getOctets());
            if (point.isInfinity() || !point.isValid()) {
                throw new IllegalArgumentException("not a valid point");
            }
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
            throw new InvalidCsrException("The CSR's public key is not a valid point on curve "
                    + algorithm.label(0) + ".");
        }
        return new PublicKeyType(algorithm, algorithm.keySizeBits());
    }

    private static PublicKeyType rsa(SubjectPublicKeyInfo key) {
        RSAPublicKey rsa;
        try {
            rsa = RSAPublicKey.getInstance(key.parsePublicKey());
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidCsrException("The CSR's RSA public key is malformed.");
        }
        BigInteger modulus = rsa.getModulus();
        BigInteger exponent = rsa.getPublicExponent();
        if (modulus.signum() <= 0 || !modulus.testBit(0) || modulus.bitLength() > MAX_RSA_BITS) {
            throw new InvalidCsrException("The CSR's RSA modulus is not a positive odd number of at most "
                    + MAX_RSA_BITS + " bits.");
        }
        if (exponent.compareTo(BigInteger.valueOf(3)) < 0 || !exponent.testBit(0) || exponent.bitLength() > 256
                || exponent.compareTo(modulus) >= 0) {
            throw new InvalidCsrException("The CSR's RSA public exponent is invalid.");
        }
        return new PublicKeyType(KeyAlgorithm.RSA, modulus.bitLength());
    }
}
