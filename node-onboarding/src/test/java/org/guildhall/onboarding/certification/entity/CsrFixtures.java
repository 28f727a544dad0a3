package org.guildhall.onboarding.certification.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The openssl-made CSRs under {@code src/test/resources/csr} (see generate.sh there). */
public final class CsrFixtures {

    private CsrFixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = CsrFixtures.class.getResourceAsStream("/csr/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource /csr/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CertificationRequest parse(String name) {
        return CertificationRequest.parse(bytes(name));
    }
}
