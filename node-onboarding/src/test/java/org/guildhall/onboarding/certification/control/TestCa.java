package org.guildhall.onboarding.certification.control;

import java.math.BigInteger;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.guildhall.onboarding.application.entity.EnodeUrl;
import org.guildhall.onboarding.certification.entity.FederationCaKey;

/** A software P-256 federation CA (BouncyCastle in place of the HSM) and a node certificate spec for it. */
final class TestCa {

    static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");
    static final String NODE_ID = "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
            + "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8";

    final FederationCaKey key;
    final X509Certificate certificate;

    TestCa() {
        try {
            BouncyCastleProvider provider = new BouncyCastleProvider();
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider);
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            key = new FederationCaKey(pair.getPrivate(), pair.getPublic(), provider, "software test CA key");
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        certificate = new CaCertificates().selfSigned(key, "Guildhall Node CA", "Guildhall Federation",
                NOW.minus(1, ChronoUnit.DAYS), NOW.plus(3650, ChronoUnit.DAYS));
    }

    IssueSpec spec(BigInteger serial, String enode) {
        return new IssueSpec(certificate, key, serial, NOW, NOW.plus(365, ChronoUnit.DAYS), "Example Validators",
                "validator-1", EnodeUrl.parse(enode), List.of("node1.example.org"),
                URI.create("https://guildhall.example.org/ca/crl.pem"));
    }
}
