package org.guildhall.onboarding.certification.entity;

import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link CertificationRequest#parse(byte[])}: it either rejects with {@link InvalidCsrException}
 * or returns a value whose DER and PEM re-encodings parse back to an equal value with the same
 * properties; the signature check and the key policy never throw. Any other exception is a finding.
 * Fuzzes for a bounded time in its own surefire execution (JAZZER_FUZZ=1, see the pom); seeds (the
 * openssl fixtures) are in {@code CertificationRequestFuzzTestInputs/parseIsConsistentOrRejected}.
 */
class CertificationRequestFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void parseIsConsistentOrRejected(byte[] data) {
        CertificationRequest csr;
        try {
            csr = CertificationRequest.parse(data);
        } catch (InvalidCsrException rejected) {
            return;
        }
        CertificationRequest fromDer = CertificationRequest.parse(csr.der());
        CertificationRequest fromPem = CertificationRequest.parse(csr.pem());
        for (CertificationRequest again : List.of(fromDer, fromPem)) {
            if (!again.equals(csr) || again.signatureValid() != csr.signatureValid()
                    || !again.keyLabel().equals(csr.keyLabel()) || !again.subject().equals(csr.subject())
                    || !again.publicKeySha256Hex().equals(csr.publicKeySha256Hex())
                    || !again.requestedDnsNames().equals(csr.requestedDnsNames())) {
                throw new AssertionError("Re-encoding changed the request: " + csr + " vs " + again);
            }
        }
        csr.keyAllowed(List.of("EC-P256", "RSA-2048", csr.keyLabel()));
        csr.commonName();
        csr.organisation();
    }
}
