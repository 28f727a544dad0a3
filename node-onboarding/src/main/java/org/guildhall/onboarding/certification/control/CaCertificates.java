package org.guildhall.onboarding.certification.control;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Objects;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.guildhall.onboarding.certification.entity.FederationCaKey;

/**
 * Builds the federation CA's self-signed certificate: {@code CN=<name>, O=<federation>}, a random
 * positive 159-bit serial, CA:true with path length 0 and keyCertSign|cRLSign (both critical), and
 * subject and authority key identifiers (RFC 5280 method 1, the same value). SHA256withECDSA.
 */
public final class CaCertificates {

    private static final int SERIAL_BITS = 159;

    private final SecureRandom random;

    public CaCertificates() {
        this(new SecureRandom());
    }

    CaCertificates(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * The self-signed CA certificate for {@code key}.
     *
     * @param commonName the CA's name, e.g. "Guildhall Federation Node CA"
     * @param federation the federation's name, the organisation of the CA
     * @throws IllegalArgumentException if a name is blank or the validity period is empty
     */
    public X509Certificate selfSigned(FederationCaKey key, String commonName, String federation,
                                      Instant notBefore, Instant notAfter) {
        Objects.requireNonNull(key, "key");
        requireText(commonName, "The CA's common name");
        requireText(federation, "The federation name");
        if (!CaSigning.time(notAfter).after(CaSigning.time(notBefore))) {
            throw new IllegalArgumentException("The CA certificate's validity must end after it starts.");
        }
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, federation).addRDN(BCStyle.CN, commonName).build();
        SubjectPublicKeyInfo publicKey = CaSigning.publicKeyInfo(key.publicKey());
        SubjectKeyIdentifier keyId = CaSigning.keyIdentifier(publicKey);
        BigInteger serial = new BigInteger(SERIAL_BITS, random).setBit(SERIAL_BITS - 1);
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(name, serial, CaSigning.time(notBefore),
                CaSigning.time(notAfter), name, publicKey);
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.subjectKeyIdentifier, false, keyId);
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new AuthorityKeyIdentifier(keyId.getKeyIdentifier()));
        } catch (IOException e) {
            throw CaSigning.unchecked(e);
        }
        return CaSigning.certificate(builder.build(CaSigning.signer(key)));
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty.");
        }
    }
}
