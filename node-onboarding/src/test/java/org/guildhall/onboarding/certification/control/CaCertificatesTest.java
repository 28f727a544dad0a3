package org.guildhall.onboarding.certification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaCertificatesTest {

    private final TestCa ca = new TestCa();

    @Test
    void buildsSelfSignedCaWithCriticalConstraintsAndKeyUsage() throws Exception {
        X509Certificate cert = ca.certificate;

        cert.verify(ca.key.publicKey());
        assertThat(cert.getSubjectX500Principal().getName()).isEqualTo("CN=Guildhall Node CA,O=Guildhall Federation");
        assertThat(cert.getIssuerX500Principal()).isEqualTo(cert.getSubjectX500Principal());
        assertThat(cert.getBasicConstraints()).isZero();
        assertThat(cert.getCriticalExtensionOIDs()).containsExactlyInAnyOrder(
                Extension.basicConstraints.getId(), Extension.keyUsage.getId());
        // digitalSignature..decipherOnly: only keyCertSign (5) and cRLSign (6)
        assertThat(cert.getKeyUsage()).containsExactly(false, false, false, false, false, true, true, false, false);
        assertThat(cert.getSigAlgName()).isEqualTo("SHA256WITHECDSA");
        assertThat(cert.getSerialNumber().bitLength()).isEqualTo(159);
    }

    @Test
    void keyIdentifiersAreSha1OfPublicKeyBitsAndEqual() throws Exception {
        X509Certificate cert = ca.certificate;
        byte[] ski = SubjectKeyIdentifier.getInstance(ASN1OctetString.getInstance(
                cert.getExtensionValue(Extension.subjectKeyIdentifier.getId())).getOctets()).getKeyIdentifier();
        byte[] aki = AuthorityKeyIdentifier.getInstance(ASN1OctetString.getInstance(
                cert.getExtensionValue(Extension.authorityKeyIdentifier.getId())).getOctets()).getKeyIdentifierOctets();
        byte[] keyBits = SubjectPublicKeyInfo.getInstance(ca.key.publicKey().getEncoded()).getPublicKeyData().getBytes();

        assertThat(ski).isEqualTo(java.security.MessageDigest.getInstance("SHA-1").digest(keyBits));
        assertThat(aki).isEqualTo(ski);
    }

    @Test
    void serialsDifferBetweenCertificates() {
        X509Certificate other = new CaCertificates().selfSigned(ca.key, "Guildhall Node CA", "Guildhall Federation",
                TestCa.NOW, TestCa.NOW.plusSeconds(60));

        assertThat(other.getSerialNumber()).isNotEqualTo(ca.certificate.getSerialNumber()).isPositive();
    }

    @Test
    void opensslAcceptsTheCaAsItsOwnTrustAnchor(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ca.pem"), PemEncoding.of(ca.certificate));

        OpenSsl.Result verify = OpenSsl.run(dir, "verify", "-attime", String.valueOf(TestCa.NOW.getEpochSecond()),
                "-CAfile", "ca.pem", "ca.pem");
        OpenSsl.Result text = OpenSsl.run(dir, "x509", "-in", "ca.pem", "-noout", "-text");

        assertThat(verify.exitCode()).as(verify.output()).isZero();
        assertThat(text.output()).contains("CA:TRUE, pathlen:0", "Certificate Sign, CRL Sign",
                "X509v3 Basic Constraints: critical", "X509v3 Key Usage: critical", "ecdsa-with-SHA256");
    }

    @Test
    void rejectsBlankNamesAndEmptyValidity() {
        CaCertificates certificates = new CaCertificates();

        assertThatThrownBy(() -> certificates.selfSigned(ca.key, " ", "F", TestCa.NOW, TestCa.NOW.plusSeconds(1)))
                .hasMessage("The CA's common name must not be empty.");
        assertThatThrownBy(() -> certificates.selfSigned(ca.key, "CA", "F", TestCa.NOW, TestCa.NOW))
                .hasMessage("The CA certificate's validity must end after it starts.");
    }
}
