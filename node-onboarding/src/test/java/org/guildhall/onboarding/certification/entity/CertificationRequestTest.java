package org.guildhall.onboarding.certification.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;

import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertificationRequestTest {

    @ParameterizedTest
    @CsvSource({"ec-p256, EC_P256, 256, EC-P256", "ec-p384, EC_P384, 384, EC-P384",
            "ec-secp256k1, EC_SECP256K1, 256, EC-secp256k1", "ed25519, ED25519, 256, Ed25519",
            "rsa-1024, RSA, 1024, RSA-1024", "rsa-2048, RSA, 2048, RSA-2048", "rsa-3072, RSA, 3072, RSA-3072"})
    void parsesOpensslCsrWithKeyLabelAndValidSignature(String fixture, KeyAlgorithm algorithm, int bits, String label) {
        CertificationRequest csr = CsrFixtures.parse(fixture + ".csr.pem");

        assertThat(csr.keyAlgorithm()).isEqualTo(algorithm);
        assertThat(csr.keySizeBits()).isEqualTo(bits);
        assertThat(csr.keyLabel()).isEqualTo(label);
        assertThat(csr.signatureValid()).isTrue();
        assertThat(csr.subject()).isEqualTo("CN=" + fixture + ".example.org,O=Example Validators");
        assertThat(csr.commonName()).contains(fixture + ".example.org");
        assertThat(csr.organisation()).contains("Example Validators");
        assertThat(csr.requestedDnsNames()).isEmpty();
    }

    @Test
    void pemAndDerOfTheSameCsrAreEqualAndReencodeCanonically() throws Exception {
        CertificationRequest fromPem = CsrFixtures.parse("ec-p256.csr.pem");
        CertificationRequest fromDer = CsrFixtures.parse("ec-p256.csr.der");

        assertThat(fromDer).isEqualTo(fromPem).hasSameHashCodeAs(fromPem);
        assertThat(fromPem.der()).isEqualTo(CsrFixtures.bytes("ec-p256.csr.der"));
        assertThat(fromPem.pem()).isEqualTo(new String(CsrFixtures.bytes("ec-p256.csr.pem"), StandardCharsets.US_ASCII));
        assertThat(CertificationRequest.parse(fromPem.pem())).isEqualTo(fromPem);
    }

    @Test
    void acceptsNewCertificateRequestPemLabel() {
        String pem = new String(CsrFixtures.bytes("ec-p256.csr.pem"), StandardCharsets.US_ASCII)
                .replace("CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST");

        assertThat(CertificationRequest.parse("\n  " + pem + "\r\n")).isEqualTo(CsrFixtures.parse("ec-p256.csr.der"));
    }

    @Test
    void fingerprintIsSha256OfSubjectPublicKeyInfo() throws Exception {
        CertificationRequest csr = CsrFixtures.parse("rsa-2048.csr.pem");

        assertThat(csr.publicKeySha256Hex()).hasSize(64)
                .isEqualTo(Hex.toHexString(MessageDigest.getInstance("SHA-256").digest(csr.publicKeyInfo())));
        assertThat(csr.publicKeySha256Hex()).isNotEqualTo(CsrFixtures.parse("rsa-3072.csr.pem").publicKeySha256Hex());
    }

    @Test
    void readsRequestedSubjectAltNamesAndMissingOrganisation() {
        CertificationRequest csr = CsrFixtures.parse("ec-p256-san.csr.pem");

        assertThat(csr.requestedDnsNames()).containsExactly("node7.example.org", "rpc.example.org");
        assertThat(csr.requestedIpAddresses()).containsExactly("10.0.0.7", "2001:db8:0:0:0:0:0:7");
        assertThat(csr.organisation()).isEmpty();
        assertThat(csr.subject()).isEqualTo("CN=node7");
    }

    @Test
    void reportsCsrWithTamperedSignatureAsInvalid() {
        CertificationRequest tampered = CsrFixtures.parse("ec-p256-tampered.csr.der");

        assertThat(tampered.signatureValid()).isFalse();
        assertThat(tampered.keyLabel()).isEqualTo("EC-P256");
        assertThat(tampered.publicKeySha256Hex()).isEqualTo(CsrFixtures.parse("ec-p256.csr.pem").publicKeySha256Hex());
    }

    @Test
    void allowsKeysByExactLabelAndRsaByMinimumSize() {
        List<String> allowed = List.of("EC-P256", "Ed25519", "RSA-3072");

        assertThat(CsrFixtures.parse("ec-p256.csr.pem").keyAllowed(allowed)).isTrue();
        assertThat(CsrFixtures.parse("ed25519.csr.pem").keyAllowed(allowed)).isTrue();
        assertThat(CsrFixtures.parse("rsa-3072.csr.pem").keyAllowed(allowed)).isTrue();
        assertThat(CsrFixtures.parse("rsa-2048.csr.pem").keyAllowed(allowed)).isFalse();
        assertThat(CsrFixtures.parse("rsa-1024.csr.pem").keyAllowed(List.of("RSA-2048"))).isFalse();
        assertThat(CsrFixtures.parse("rsa-2048.csr.pem").keyAllowed(List.of("RSA-2048"))).isTrue();
        assertThat(CsrFixtures.parse("ec-p384.csr.pem").keyAllowed(allowed)).isFalse();
        assertThat(CsrFixtures.parse("ec-secp256k1.csr.pem").keyAllowed(List.of("EC-P256", "ec-secp256k1"))).isFalse();
        assertThat(CsrFixtures.parse("ec-secp256k1.csr.pem").keyAllowed(List.of("EC-secp256k1"))).isTrue();
        assertThat(CsrFixtures.parse("ec-p256.csr.pem").keyAllowed(List.of("RSA-256"))).isFalse();
        assertThat(CsrFixtures.parse("ec-p256.csr.pem").keyAllowed(null)).isFalse();
    }

    @Test
    void rejectsEmptyGarbageAndHugeInput() {
        assertThatThrownBy(() -> CertificationRequest.parse(new byte[0])).hasMessage("The CSR is empty.");
        assertThatThrownBy(() -> CertificationRequest.parse((String) null)).hasMessage("The CSR is empty.");
        assertThatThrownBy(() -> CertificationRequest.parse("hello"))
                .isInstanceOf(InvalidCsrException.class)
                .hasMessage("The CSR is neither PEM text (-----BEGIN CERTIFICATE REQUEST-----) nor DER.");
        assertThatThrownBy(() -> CertificationRequest.parse(new byte[] {0x30, 0x03, 0x02, 0x01}))
                .hasMessage("The CSR is not valid DER: it cannot be decoded as ASN.1.");
        assertThatThrownBy(() -> CertificationRequest.parse(new byte[] {0x30, 0x03, 0x02, 0x01, 0x00}))
                .hasMessage("The data is DER but not a well-formed PKCS#10 certificate signing request.");
        byte[] huge = new byte[CertificationRequest.MAX_BYTES + 1];
        huge[0] = 0x30;
        assertThatThrownBy(() -> CertificationRequest.parse(huge)).hasMessage("The CSR is larger than 64 KiB.");
    }

    @Test
    void rejectsCertificatePemInsteadOfCsr() {
        assertThatThrownBy(() -> CsrFixtures.parse("certificate.pem"))
                .isInstanceOf(InvalidCsrException.class)
                .hasMessage("This is a certificate, not a certificate signing request (CSR).");
        assertThatThrownBy(() -> CertificationRequest.parse("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"))
                .hasMessage("The PEM block is a PRIVATE KEY, not a CERTIFICATE REQUEST.");
    }

    @Test
    void rejectsTrailingBytesAfterDerAndTextAfterPem() {
        byte[] der = CsrFixtures.bytes("ec-p256.csr.der");
        byte[] withTrailer = Arrays.copyOf(der, der.length + 2);

        assertThatThrownBy(() -> CertificationRequest.parse(withTrailer))
                .hasMessage("The CSR has 2 bytes of trailing data after its end.");
        String pem = new String(CsrFixtures.bytes("ec-p256.csr.pem"), StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> CertificationRequest.parse(pem + "trailing text"))
                .hasMessageStartingWith("The CSR's PEM text is malformed");
        assertThatThrownBy(() -> CertificationRequest.parse(pem + pem))
                .hasMessage("The PEM text holds more than one block; send only the certificate request.");
        assertThatThrownBy(() -> CertificationRequest.parse(pem.replace("-----END CERTIFICATE REQUEST-----",
                "-----END CERTIFICATE-----"))).hasMessageStartingWith("The CSR's PEM text is malformed");
    }

    @Test
    void rejectsNonCanonicalBerEncoding() {
        byte[] der = CsrFixtures.bytes("ec-p256.csr.der");
        // Re-encode the outer SEQUENCE (length 0x81 0xF5) with BER's indefinite length: 0x80 ... 0x00 0x00.
        assertThat(der[1]).isEqualTo((byte) 0x81);
        byte[] ber = new byte[der.length + 1];
        ber[0] = 0x30;
        ber[1] = (byte) 0x80;
        System.arraycopy(der, 3, ber, 2, der.length - 3);

        assertThatThrownBy(() -> CertificationRequest.parse(ber))
                .hasMessage("The CSR is not in DER: it uses a non-canonical (BER) encoding.");
    }

    @Test
    void rejectsBase64GarbageInPem() {
        assertThatThrownBy(() -> CertificationRequest.parse(
                "-----BEGIN CERTIFICATE REQUEST-----\nMII=A\n-----END CERTIFICATE REQUEST-----\n"))
                .isInstanceOf(InvalidCsrException.class);
    }
}
