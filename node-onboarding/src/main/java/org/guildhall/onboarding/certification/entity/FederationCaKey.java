package org.guildhall.onboarding.certification.entity;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.util.Objects;

/**
 * The federation CA's P-256 signing key: a handle to a private key that stays in the HSM, its public
 * key, and the JCA provider that signs with it (SunPKCS11 in production, BouncyCastle in unit tests).
 * Produced by chain-bridge, which owns the HSM; onboarding only signs through it.
 *
 * @param description which key this is, for messages (a token and alias); never contains a secret
 */
public record FederationCaKey(PrivateKey privateKey, PublicKey publicKey, Provider provider, String description) {

    public FederationCaKey {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(description, "description");
    }

    @Override
    public String toString() {
        return "FederationCaKey[" + description + "]";
    }
}
