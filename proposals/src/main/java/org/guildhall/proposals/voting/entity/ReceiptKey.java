package org.guildhall.proposals.voting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The portal's key for signing ballot receipts (one row, made on first use). */
@Entity
@Table(name = "receipt_key", schema = "proposals")
public class ReceiptKey {

    public static final int ID = 1;

    @Id
    private int id;
    @Column(name = "private_jwk")
    private String privateJwk;
    @Column(name = "created_at")
    private Instant createdAt;

    protected ReceiptKey() {
    }

    public ReceiptKey(String privateJwk, Instant at) {
        this.id = ID;
        this.privateJwk = privateJwk;
        this.createdAt = at;
    }

    public String getPrivateJwk() { return privateJwk; }
    public Instant getCreatedAt() { return createdAt; }
}
