package org.guildhall.onboarding.certification.control;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.guildhall.onboarding.application.entity.EnodeUrl;
import org.guildhall.onboarding.certification.entity.CertificationRequest;
import org.guildhall.onboarding.certification.entity.InvalidCsrException;
import org.guildhall.onboarding.certification.entity.KeyAlgorithm;

/**
 * Issues a node's end-entity certificate for the key of a CSR whose signature verifies. Names come
 * from the {@link IssueSpec}, never from the CSR. Extensions: CA:false and keyUsage (critical;
 * digitalSignature, plus keyEncipherment for RSA or keyAgreement for EC keys), extKeyUsage
 * serverAuth+clientAuth, subjectAltName (endpoint host as iPAddress or dNSName, the extra DNS names,
 * the enode URL as a URI), authority and subject key identifiers, and the CRL distribution point.
 */
public final class NodeCertificateIssuer {

    /**
     * Signs the certificate with the CA key.
     *
     * @throws InvalidCsrException      if the CSR's signature does not verify
     * @throws IllegalArgumentException if the CA key does not match the CA certificate or the validity
     *                                  reaches outside the CA's
     */
    public X509Certificate issue(CertificationRequest csr, IssueSpec spec) {
        if (!csr.signatureValid()) {
            throw new InvalidCsrException("The CSR's signature does not verify with its own public key.");
        }
        X509Certificate ca = spec.caCertificate();
        CaSigning.requireKeyMatches(ca, spec.caKey());
        if (CaSigning.time(spec.notBefore()).before(ca.getNotBefore())
                || CaSigning.time(spec.notAfter()).after(ca.getNotAfter())) {
            throw new IllegalArgumentException("The certificate's validity must lie within the CA certificate's ("
                    + ca.getNotBefore().toInstant() + " to " + ca.getNotAfter().toInstant() + ").");
        }
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, spec.organisation()).addRDN(BCStyle.CN, spec.nodeName()).build();
        SubjectPublicKeyInfo publicKey = SubjectPublicKeyInfo.getInstance(csr.publicKeyInfo());
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(CaSigning.subjectOf(ca), spec.serial(),
                CaSigning.time(spec.notBefore()), CaSigning.time(spec.notAfter()), subject, publicKey);
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage(csr.keyAlgorithm())));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                    new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
            builder.addExtension(Extension.subjectAlternativeName, false, subjectAltNames(spec));
            builder.addExtension(Extension.authorityKeyIdentifier, false, CaSigning.authorityKeyIdentifier(ca));
            builder.addExtension(Extension.subjectKeyIdentifier, false, CaSigning.keyIdentifier(publicKey));
            builder.addExtension(Extension.cRLDistributionPoints, false, distributionPoint(spec));
        } catch (IOException e) {
            throw CaSigning.unchecked(e);
        }
        return CaSigning.certificate(builder.build(CaSigning.signer(spec.caKey())));
    }

    private static int keyUsage(KeyAlgorithm algorithm) {
        if (algorithm == KeyAlgorithm.RSA) {
            return KeyUsage.digitalSignature | KeyUsage.keyEncipherment;
        }
        return algorithm.isEllipticCurve() ? KeyUsage.digitalSignature | KeyUsage.keyAgreement
                : KeyUsage.digitalSignature;
    }

    private static GeneralNames subjectAltNames(IssueSpec spec) {
        EnodeUrl enode = spec.enode();
        List<GeneralName> names = new ArrayList<>();
        if (enode.hostKind() == EnodeUrl.HostKind.DNS) {
            names.add(new GeneralName(GeneralName.dNSName, enode.host()));
        } else {
            names.add(new GeneralName(GeneralName.iPAddress, enode.host()));
        }
        for (String dns : spec.extraDnsNames()) {
            if (!dns.equals(enode.host())) {
                names.add(new GeneralName(GeneralName.dNSName, dns));
            }
        }
        names.add(new GeneralName(GeneralName.uniformResourceIdentifier, enode.toString()));
        return new GeneralNames(names.toArray(GeneralName[]::new));
    }

    private static CRLDistPoint distributionPoint(IssueSpec spec) {
        GeneralNames url = new GeneralNames(
                new GeneralName(GeneralName.uniformResourceIdentifier, spec.crlDistributionPoint().toString()));
        return new CRLDistPoint(new DistributionPoint[] {
                new DistributionPoint(new DistributionPointName(url), null, null)});
    }
}
