package org.guildhall.portal.onboarding;

import java.util.Base64;

/** PEM armour for downloads (RFC 7468). */
final class Pem {

    private Pem() {
    }

    static String of(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }
}
