package org.guildhall.onboarding.certification.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.guildhall.onboarding.certification.entity.FederationCaKey;

/** What issuing certificates and CRLs share: the CA signer, key identifiers, names, times, conversion. */
final class CaSigning {

    static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

    /** BouncyCastle for decoding what we built; an instance, never registered globally. */
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private CaSigning() {
    }

    /** A signer that signs with the CA key inside the key's own provider (the HSM in production). */
    static ContentSigner signer(FederationCaKey key) {
        try {
            return new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).setProvider(key.provider()).build(key.privateKey());
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("The CA key " + key.description() + " cannot sign " + SIGNATURE_ALGORITHM
                    + ".", e);
        }
    }

    /** RFC 5280 method 1: the SHA-1 of the subjectPublicKey BIT STRING's bits. */
    static SubjectKeyIdentifier keyIdentifier(SubjectPublicKeyInfo key) {
        try {
            return new SubjectKeyIdentifier(MessageDigest.getInstance("SHA-1").digest(key.getPublicKeyData().getBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from the JDK", e);
        }
    }

    /** An AuthorityKeyIdentifier holding the CA certificate's subject key identifier. */
    static AuthorityKeyIdentifier authorityKeyIdentifier(X509Certificate caCertificate) {
        byte[] extension = caCertificate.getExtensionValue(Extension.subjectKeyIdentifier.getId());
        if (extension == null) {
            throw new IllegalArgumentException("The CA certificate has no subject key identifier.");
        }
        byte[] ski = SubjectKeyIdentifier.getInstance(ASN1OctetString.getInstance(extension).getOctets())
                .getKeyIdentifier();
        return new AuthorityKeyIdentifier(ski);
    }

    /** The CA certificate's subject, exactly as encoded, to use as issuer name. */
    static X500Name subjectOf(X509Certificate certificate) {
        return X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    }

    /** Checks that the CA key is the key the CA certificate certifies. */
    static void requireKeyMatches(X509Certificate caCertificate, FederationCaKey caKey) {
        if (!java.util.Arrays.equals(caCertificate.getPublicKey().getEncoded(), caKey.publicKey().getEncoded())) {
            throw new IllegalArgumentException("The CA key " + caKey.description()
                    + " does not belong to the CA certificate " + caCertificate.getSubjectX500Principal() + ".");
        }
    }

    /** An X.509 time: whole seconds. */
    static Date time(Instant instant) {
        return Date.from(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    static X509Certificate certificate(X509CertificateHolder holder) {
        try {
            return new JcaX509CertificateConverter().setProvider(BOUNCY_CASTLE).getCertificate(holder);
        } catch (CertificateException e) {
            throw new IllegalStateException("The certificate just built cannot be decoded", e);
        }
    }

    static X509CRL crl(X509CRLHolder holder) {
        try {
            return new JcaX509CRLConverter().setProvider(BOUNCY_CASTLE).getCRL(holder);
        } catch (CRLException e) {
            throw new IllegalStateException("The CRL just built cannot be decoded", e);
        }
    }

    static SubjectPublicKeyInfo publicKeyInfo(java.security.PublicKey key) {
        return SubjectPublicKeyInfo.getInstance(key.getEncoded());
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
