package org.guildhall.onboarding.certification.control;

import java.io.IOException;
import java.math.BigInteger;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Objects;

import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.guildhall.onboarding.certification.entity.FederationCaKey;
import org.guildhall.onboarding.certification.entity.RevocationReason;

/**
 * Builds a v2 CRL signed by the federation CA: thisUpdate, nextUpdate, the CRL number (non-critical),
 * the authority key identifier, and one entry per revoked certificate with its revocation date and
 * reason code ({@link RevocationReason#UNSPECIFIED} is written as no reason code, as RFC 5280 asks).
 * Use one builder per CRL; it is not thread-safe.
 */
public final class RevocationListBuilder {

    private final X509Certificate caCertificate;
    private final FederationCaKey caKey;
    private final X509v2CRLBuilder builder;

    /**
     * @param crlNumber positive and increasing per CA: the caller allocates it
     * @throws IllegalArgumentException if the key is not the CA certificate's or the dates are out of order
     */
    public RevocationListBuilder(X509Certificate caCertificate, FederationCaKey caKey, BigInteger crlNumber,
                                 Instant thisUpdate, Instant nextUpdate) {
        this.caCertificate = Objects.requireNonNull(caCertificate, "caCertificate");
        this.caKey = Objects.requireNonNull(caKey, "caKey");
        Objects.requireNonNull(crlNumber, "crlNumber");
        CaSigning.requireKeyMatches(caCertificate, caKey);
        if (crlNumber.signum() < 0 || crlNumber.bitLength() > 159) {
            throw new IllegalArgumentException("The CRL number must be non-negative and at most 20 octets.");
        }
        if (!CaSigning.time(nextUpdate).after(CaSigning.time(thisUpdate))) {
            throw new IllegalArgumentException("The CRL's next update must come after its this update.");
        }
        builder = new X509v2CRLBuilder(CaSigning.subjectOf(caCertificate), CaSigning.time(thisUpdate));
        builder.setNextUpdate(CaSigning.time(nextUpdate));
        try {
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(crlNumber));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    CaSigning.authorityKeyIdentifier(caCertificate));
        } catch (IOException e) {
            throw CaSigning.unchecked(e);
        }
    }

    /** Lists a revoked certificate by its serial number. */
    public RevocationListBuilder revoke(BigInteger serial, Instant revokedAt, RevocationReason reason) {
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(revokedAt, "revokedAt");
        Objects.requireNonNull(reason, "reason");
        if (serial.signum() <= 0) {
            throw new IllegalArgumentException("A revoked certificate's serial number must be positive.");
        }
        if (reason == RevocationReason.UNSPECIFIED) {
            builder.addCRLEntry(serial, CaSigning.time(revokedAt), (Extensions) null);
        } else {
            builder.addCRLEntry(serial, CaSigning.time(revokedAt), reason.code());
        }
        return this;
    }

    /** Signs the CRL with the CA key. */
    public X509CRL build() {
        return CaSigning.crl(builder.build(CaSigning.signer(caKey)));
    }

    @Override
    public String toString() {
        return "RevocationListBuilder[" + caCertificate.getSubjectX500Principal() + "]";
    }
}
