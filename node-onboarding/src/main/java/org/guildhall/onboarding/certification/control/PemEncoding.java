package org.guildhall.onboarding.certification.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/** PEM text of certificates ({@code CERTIFICATE}) and CRLs ({@code X509 CRL}), through BouncyCastle. */
public final class PemEncoding {

    private PemEncoding() {
    }

    public static String of(X509Certificate certificate) {
        return write(certificate);
    }

    public static String of(X509CRL crl) {
        return write(crl);
    }

    private static String write(Object object) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
