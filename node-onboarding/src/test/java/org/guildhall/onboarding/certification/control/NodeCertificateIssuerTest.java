package org.guildhall.onboarding.certification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.bouncycastle.asn1.x509.Extension;
import org.guildhall.onboarding.application.entity.EnodeUrl;
import org.guildhall.onboarding.certification.entity.CertificationRequest;
import org.guildhall.onboarding.certification.entity.CsrFixtures;
import org.guildhall.onboarding.certification.entity.InvalidCsrException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NodeCertificateIssuerTest {

    private static final BigInteger SERIAL = new BigInteger("1234567890abcdef", 16);

    private final TestCa ca = new TestCa();
    private final NodeCertificateIssuer issuer = new NodeCertificateIssuer();

    @ParameterizedTest
    @ValueSource(strings = {"ec-p256", "ec-p384", "ec-secp256k1", "ed25519", "rsa-2048"})
    void issuesCertificateThatOpensslVerifiesAgainstTheCa(String fixture, @TempDir Path dir) throws Exception {
        X509Certificate node = issuer.issue(CsrFixtures.parse(fixture + ".csr.pem"),
                ca.spec(SERIAL, "enode://" + TestCa.NODE_ID + "@10.0.0.7:30303"));
        Files.writeString(dir.resolve("ca.pem"), PemEncoding.of(ca.certificate));
        Files.writeString(dir.resolve("node.pem"), PemEncoding.of(node));

        OpenSsl.Result verify = OpenSsl.run(dir, "verify", "-attime", String.valueOf(TestCa.NOW.getEpochSecond() + 60),
                "-purpose", "sslserver", "-CAfile", "ca.pem", "node.pem");

        assertThat(verify.exitCode()).as(verify.output()).isZero();
        assertThat(verify.output()).contains("node.pem: OK");
    }

    @Test
    void certificateCarriesTheExpectedExtensionsAsOpensslShowsThem(@TempDir Path dir) throws Exception {
        X509Certificate node = issuer.issue(CsrFixtures.parse("ec-p256-san.csr.pem"),
                ca.spec(SERIAL, "enode://" + TestCa.NODE_ID + "@[2001:db8::7]:30303?discport=30301"));
        Files.writeString(dir.resolve("node.pem"), PemEncoding.of(node));

        String text = OpenSsl.run(dir, "x509", "-in", "node.pem", "-noout", "-text").output();

        assertThat(text).contains(
                "Serial Number: 1311768467294899695 (0x1234567890abcdef)",
                "Issuer: O = Guildhall Federation, CN = Guildhall Node CA",
                "Subject: O = Example Validators, CN = validator-1",
                "X509v3 Basic Constraints: critical", "CA:FALSE",
                "X509v3 Key Usage: critical", "Digital Signature, Key Agreement",
                "TLS Web Server Authentication, TLS Web Client Authentication",
                "IP Address:2001:DB8:0:0:0:0:0:7, DNS:node1.example.org, URI:enode://" + TestCa.NODE_ID
                        + "@[2001:db8::7]:30303?discport=30301",
                "X509v3 Authority Key Identifier", "X509v3 Subject Key Identifier",
                "URI:https://guildhall.example.org/ca/crl.pem");
        // The CSR asked for node7.example.org; names come from the spec, never from the CSR.
        assertThat(text).doesNotContain("node7").doesNotContain("CN = node7");
        assertThat(node.getCriticalExtensionOIDs()).containsExactlyInAnyOrder(
                Extension.basicConstraints.getId(), Extension.keyUsage.getId());
        assertThat(node.getBasicConstraints()).isEqualTo(-1);
    }

    @Test
    void rsaKeyGetsKeyEnciphermentAndDnsHostGetsDnsName() {
        X509Certificate node = issuer.issue(CsrFixtures.parse("rsa-3072.csr.pem"),
                ca.spec(SERIAL, "enode://" + TestCa.NODE_ID + "@Validator.Example.org:30303"));

        assertThat(node.getKeyUsage()).startsWith(true, false, true, false, false);
        assertThat(node.getPublicKey().getEncoded()).isEqualTo(CsrFixtures.parse("rsa-3072.csr.pem").publicKeyInfo());
    }

    @Test
    void javaCertPathValidatorAcceptsTheChain() throws Exception {
        X509Certificate node = issuer.issue(CsrFixtures.parse("ec-p256.csr.pem"),
                ca.spec(SERIAL, "enode://" + TestCa.NODE_ID + "@10.0.0.7:30303"));
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(ca.certificate, null)));
        parameters.setRevocationEnabled(false);
        parameters.setDate(Date.from(TestCa.NOW.plus(1, ChronoUnit.DAYS)));

        CertPathValidator.getInstance("PKIX").validate(
                CertificateFactory.getInstance("X.509").generateCertPath(List.of(node)), parameters);
    }

    @Test
    void refusesCsrWhoseSignatureDoesNotVerify() {
        CertificationRequest tampered = CsrFixtures.parse("ec-p256-tampered.csr.der");

        assertThatThrownBy(() -> issuer.issue(tampered, ca.spec(SERIAL, "enode://" + TestCa.NODE_ID + "@10.0.0.7:1")))
                .isInstanceOf(InvalidCsrException.class)
                .hasMessage("The CSR's signature does not verify with its own public key.");
    }

    @Test
    void refusesCaKeyOfAnotherCaAndValidityBeyondTheCa() {
        TestCa other = new TestCa();
        IssueSpec spec = ca.spec(SERIAL, "enode://" + TestCa.NODE_ID + "@10.0.0.7:1");
        IssueSpec wrongKey = new IssueSpec(spec.caCertificate(), other.key, spec.serial(), spec.notBefore(),
                spec.notAfter(), spec.organisation(), spec.nodeName(), spec.enode(), spec.extraDnsNames(),
                spec.crlDistributionPoint());
        IssueSpec tooLong = new IssueSpec(spec.caCertificate(), spec.caKey(), spec.serial(), spec.notBefore(),
                spec.notBefore().plus(20 * 365, ChronoUnit.DAYS), spec.organisation(), spec.nodeName(), spec.enode(),
                spec.extraDnsNames(), spec.crlDistributionPoint());
        CertificationRequest csr = CsrFixtures.parse("ec-p256.csr.pem");

        assertThatThrownBy(() -> issuer.issue(csr, wrongKey)).hasMessageContaining("does not belong to the CA certificate");
        assertThatThrownBy(() -> issuer.issue(csr, tooLong))
                .hasMessageStartingWith("The certificate's validity must lie within the CA certificate's");
    }

    @Test
    void specRejectsOversizedSerialBadNamesAndNonHttpCrlUrl() {
        IssueSpec spec = ca.spec(SERIAL, "enode://" + TestCa.NODE_ID + "@10.0.0.7:1");
        EnodeUrl enode = spec.enode();

        assertThatThrownBy(() -> ca.spec(BigInteger.ONE.shiftLeft(159), enode.toString()))
                .hasMessage("The serial number must be positive and at most 20 octets (159 bits).");
        assertThatThrownBy(() -> ca.spec(BigInteger.ZERO, enode.toString()))
                .hasMessage("The serial number must be positive and at most 20 octets (159 bits).");
        assertThatThrownBy(() -> new IssueSpec(spec.caCertificate(), spec.caKey(), SERIAL, spec.notBefore(),
                spec.notAfter(), "O", "n", enode, List.of("bad_name.org"), spec.crlDistributionPoint()))
                .hasMessage("'bad_name.org' is not a valid DNS name.");
        assertThatThrownBy(() -> new IssueSpec(spec.caCertificate(), spec.caKey(), SERIAL, spec.notBefore(),
                spec.notAfter(), "O", "n", enode, List.of(), URI.create("ldap:///cn=crl")))
                .hasMessage("The CRL distribution point must be an absolute http or https URL.");
        assertThat(ca.spec(BigInteger.ONE.shiftLeft(159).subtract(BigInteger.ONE), enode.toString()).serial())
                .isPositive();
    }
}
