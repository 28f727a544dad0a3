package org.guildhall.registry.anchoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/** Leaves sealed together under one Merkle root: what goes on chain. Never changed once sealed. */
@Entity
@Table(name = "anchor_batch", schema = "registry")
public class AnchorBatch {

    @Id
    private UUID id;
    private String root;
    private int size;
    @Column(name = "sealed_at")
    private Instant sealedAt;

    protected AnchorBatch() {
    }

    public AnchorBatch(UUID id, byte[] root, int size, Instant sealedAt) {
        if (root == null || root.length != 32) {
            throw new IllegalArgumentException("A Merkle root has 32 bytes");
        }
        if (size < 1) {
            throw new IllegalArgumentException("A batch holds at least one leaf");
        }
        this.id = Objects.requireNonNull(id, "id");
        this.root = HexFormat.of().formatHex(root);
        this.size = size;
        this.sealedAt = Objects.requireNonNull(sealedAt, "sealedAt");
    }

    public UUID getId() { return id; }
    /** Lower-case hex of the RFC 9162 Merkle Tree Hash of the batch's leaves. */
    public String getRoot() { return root; }
    public int getSize() { return size; }
    public Instant getSealedAt() { return sealedAt; }
}
