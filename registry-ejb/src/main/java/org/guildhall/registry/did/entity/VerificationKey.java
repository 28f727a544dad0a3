package org.guildhall.registry.did.entity;

import com.nimbusds.jose.jwk.JWK;
import java.util.Objects;

/**
 * A public key of a DID document's verification method.
 *
 * @param id the absolute DID URL of the verification method, {@code did:...#fragment}
 * @param publicJwk the public key as a JWK holding only its required members (RFC 7638)
 * @param alg {@code ES256} (P-256), {@code ES256K} (secp256k1) or {@code EdDSA} (Ed25519)
 */
public record VerificationKey(String id, JWK publicJwk, String alg) {

    public VerificationKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publicJwk, "publicJwk");
        Objects.requireNonNull(alg, "alg");
        if (publicJwk.isPrivate()) {
            throw new IllegalArgumentException("A verification key holds a public key only");
        }
    }
}
