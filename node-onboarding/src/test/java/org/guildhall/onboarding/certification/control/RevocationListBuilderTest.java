package org.guildhall.onboarding.certification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.guildhall.onboarding.certification.entity.CsrFixtures;
import org.guildhall.onboarding.certification.entity.RevocationReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevocationListBuilderTest {

    private static final BigInteger SERIAL = new BigInteger("7a11ce", 16);

    private final TestCa ca = new TestCa();
    private final X509Certificate node = new NodeCertificateIssuer().issue(CsrFixtures.parse("ec-p256.csr.pem"),
            ca.spec(SERIAL, "enode://" + TestCa.NODE_ID + "@10.0.0.7:30303"));

    private X509CRL crlRevokingNode() {
        return new RevocationListBuilder(ca.certificate, ca.key, BigInteger.valueOf(42), TestCa.NOW.plusSeconds(60),
                TestCa.NOW.plus(7, ChronoUnit.DAYS))
                .revoke(SERIAL, TestCa.NOW.plusSeconds(30), RevocationReason.KEY_COMPROMISE)
                .revoke(BigInteger.valueOf(99), TestCa.NOW, RevocationReason.UNSPECIFIED)
                .build();
    }

    @Test
    void opensslListsTheRevokedSerialAndVerifyReportsItRevoked(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ca.pem"), PemEncoding.of(ca.certificate));
        Files.writeString(dir.resolve("node.pem"), PemEncoding.of(node));
        Files.writeString(dir.resolve("crl.pem"), PemEncoding.of(crlRevokingNode()));
        String at = String.valueOf(TestCa.NOW.getEpochSecond() + 120);

        String text = OpenSsl.run(dir, "crl", "-in", "crl.pem", "-noout", "-text").output();
        OpenSsl.Result crlSignature = OpenSsl.run(dir, "crl", "-in", "crl.pem", "-noout", "-CAfile", "ca.pem");
        OpenSsl.Result verify = OpenSsl.run(dir, "verify", "-attime", at, "-crl_check", "-CRLfile", "crl.pem",
                "-CAfile", "ca.pem", "node.pem");

        assertThat(text).contains("Version 2 (0x1)", "Serial Number: 7A11CE", "Key Compromise",
                "X509v3 CRL Number:", "42", "X509v3 Authority Key Identifier", "Serial Number: 63");
        assertThat(crlSignature.output()).contains("verify OK");
        assertThat(verify.exitCode()).isNotZero();
        assertThat(verify.output()).contains("certificate revoked");
    }

    @Test
    void javaSeesTheNodeRevokedAndCertPathValidationFails() throws Exception {
        X509CRL crl = crlRevokingNode();
        crl.verify(ca.key.publicKey());
        assertThat(crl.isRevoked(node)).isTrue();
        assertThat(crl.getRevokedCertificate(SERIAL).getRevocationReason()).isEqualTo(java.security.cert.CRLReason.KEY_COMPROMISE);
        assertThat(crl.getRevokedCertificate(BigInteger.valueOf(99)).getRevocationReason()).isNull();
        assertThat(crl.getVersion()).isEqualTo(2);

        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(ca.certificate, null)));
        parameters.setDate(Date.from(TestCa.NOW.plus(1, ChronoUnit.DAYS)));
        parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(List.of(crl))));

        assertThatThrownBy(() -> CertPathValidator.getInstance("PKIX").validate(
                CertificateFactory.getInstance("X.509").generateCertPath(List.of(node)), parameters))
                .isInstanceOfSatisfying(CertPathValidatorException.class, e ->
                        assertThat(e.getReason()).isEqualTo(CertPathValidatorException.BasicReason.REVOKED));
    }

    @Test
    void javaAcceptsTheNodeWithACrlThatDoesNotListIt() throws Exception {
        X509CRL crl = new RevocationListBuilder(ca.certificate, ca.key, BigInteger.ONE, TestCa.NOW,
                TestCa.NOW.plus(7, ChronoUnit.DAYS)).revoke(BigInteger.TEN, TestCa.NOW, RevocationReason.SUPERSEDED).build();
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(ca.certificate, null)));
        parameters.setDate(Date.from(TestCa.NOW.plus(1, ChronoUnit.DAYS)));
        parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(List.of(crl))));

        CertPathValidator.getInstance("PKIX").validate(
                CertificateFactory.getInstance("X.509").generateCertPath(List.of(node)), parameters);
        assertThat(crl.isRevoked(node)).isFalse();
    }

    @Test
    void reasonCodesAreThoseOfRfc5280() {
        assertThat(RevocationReason.KEY_COMPROMISE.code()).isEqualTo(1);
        assertThat(RevocationReason.AFFILIATION_CHANGED.code()).isEqualTo(3);
        assertThat(RevocationReason.SUPERSEDED.code()).isEqualTo(4);
        assertThat(RevocationReason.CESSATION_OF_OPERATION.code()).isEqualTo(5);
        assertThat(RevocationReason.CERTIFICATE_HOLD.code()).isEqualTo(6);
    }

    @Test
    void rejectsNextUpdateBeforeThisUpdate() {
        assertThatThrownBy(() -> new RevocationListBuilder(ca.certificate, ca.key, BigInteger.ONE, TestCa.NOW,
                TestCa.NOW.minusSeconds(1))).hasMessage("The CRL's next update must come after its this update.");
    }
}
