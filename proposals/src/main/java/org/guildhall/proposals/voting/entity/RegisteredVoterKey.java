package org.guildhall.proposals.voting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A public key an account registered to sign its ballots; revoked keys stay for verifying old ballots. */
@Entity
@Table(name = "voter_key", schema = "proposals")
@NamedQuery(name = "RegisteredVoterKey.findByAccount",
        query = "select k from RegisteredVoterKey k where k.account = :account order by k.registeredAt")
public class RegisteredVoterKey {

    @Id
    private String kid;
    private String account;
    private String algorithm;
    @Column(name = "public_jwk")
    private String publicJwk;
    @Column(name = "registered_at")
    private Instant registeredAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected RegisteredVoterKey() {
    }

    public RegisteredVoterKey(VoterKey key, String account, Instant at) {
        this.kid = key.kid();
        this.algorithm = key.algorithm();
        this.publicJwk = key.publicJwk();
        this.account = Objects.requireNonNull(account);
        this.registeredAt = Objects.requireNonNull(at);
    }

    public VoterKey key() {
        return new VoterKey(kid, algorithm, publicJwk);
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public String getKid() { return kid; }
    public String getAccount() { return account; }
    public String getAlgorithm() { return algorithm; }
    public String getPublicJwk() { return publicJwk; }
    public Instant getRegisteredAt() { return registeredAt; }
    public Instant getRevokedAt() { return revokedAt; }
}
