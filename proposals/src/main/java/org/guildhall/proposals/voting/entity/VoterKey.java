package org.guildhall.proposals.voting.entity;

import java.util.Objects;
import java.util.Set;

/**
 * A voter's registered public signing key.
 *
 * @param kid       the RFC 7638 JWK thumbprint of the key (SHA-256, base64url): its identity
 * @param algorithm the JWS algorithm the key signs with: {@code ES256K} (EC secp256k1), {@code ES256}
 *                  (EC P-256) or {@code EdDSA} (OKP Ed25519)
 * @param publicJwk the public JWK in canonical form: its required members only, in lexicographic order,
 *                  without white space, which is the very text the thumbprint hashes
 */
public record VoterKey(String kid, String algorithm, String publicJwk) {

    /** The JWS algorithms a voter's key may have. */
    public static final Set<String> ALGORITHMS = Set.of("ES256K", "ES256", "EdDSA");

    public VoterKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(publicJwk, "publicJwk");
        if (!ALGORITHMS.contains(algorithm)) {
            throw new IllegalArgumentException("Not an algorithm of a voter key: " + algorithm);
        }
    }
}
