package org.guildhall.registry.anchoring.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One registry change to anchor: the SHA-256 of a subject's version (a DID and its versionId). Its
 * Merkle leaf hash is {@code SHA-256(0x00 || contentSha256)}; once sealed, it has a batch and a
 * position there that never change.
 * <p>
 * Not in the shared cache: another portal instance may seal a leaf, and a stale cached copy would hide
 * its proof here.
 */
@Entity
@Cacheable(false)
@Table(name = "anchor_leaf", schema = "registry")
@NamedQuery(name = "AnchorLeaf.findBySubjectAndVersion",
        query = "select l from AnchorLeaf l where l.subject = :subject and l.version = :version")
@NamedQuery(name = "AnchorLeaf.findLeafHashesOfBatch",
        query = "select l.leafHash from AnchorLeaf l where l.batchId = :batchId order by l.leafIndex")
@NamedQuery(name = "AnchorLeaf.findByIds", query = "select l from AnchorLeaf l where l.id in :ids order by l.id")
@NamedQuery(name = "AnchorLeaf.countPending", query = "select count(l) from AnchorLeaf l where l.batchId is null")
public class AnchorLeaf {

    public static final int MAX_SUBJECT_LENGTH = 2000;
    public static final int MAX_VERSION_LENGTH = 200;
    private static final HexFormat HEX = HexFormat.of();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String subject;
    private String version;
    @Column(name = "content_sha256")
    private String contentSha256;
    @Column(name = "leaf_hash")
    private String leafHash;
    @Column(name = "batch_id")
    private UUID batchId;
    @Column(name = "leaf_index")
    private Integer leafIndex;
    @Column(name = "created_at")
    private Instant createdAt;

    protected AnchorLeaf() {
    }

    /**
     * A leaf not yet in a batch.
     *
     * @param leafHash the Merkle leaf hash of {@code contentSha256}, computed by the caller
     */
    public AnchorLeaf(String subject, String version, byte[] contentSha256, byte[] leafHash, Instant createdAt) {
        this.subject = requireText(subject, "subject", MAX_SUBJECT_LENGTH);
        this.version = requireText(version, "version", MAX_VERSION_LENGTH);
        this.contentSha256 = HEX.formatHex(requireHash(contentSha256, "content SHA-256"));
        this.leafHash = HEX.formatHex(requireHash(leafHash, "leaf hash"));
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether this leaf stands for exactly that content. */
    public boolean holds(byte[] otherContentSha256) {
        return otherContentSha256 != null && contentSha256.equals(HEX.formatHex(otherContentSha256));
    }

    /** Takes its place in a sealed batch; a leaf is placed once. */
    public void placeIn(UUID batch, int index) {
        Objects.requireNonNull(batch, "batch");
        if (index < 0) {
            throw new IllegalArgumentException("A leaf index is not negative");
        }
        if (batchId != null) {
            throw new IllegalStateException("Leaf " + subject + " " + version + " is already at " + leafIndex
                    + " in batch " + batchId);
        }
        this.batchId = batch;
        this.leafIndex = index;
    }

    public boolean isSealed() {
        return batchId != null;
    }

    public Long getId() { return id; }
    public String getSubject() { return subject; }
    public String getVersion() { return version; }
    /** Lower-case hex. */
    public String getContentSha256() { return contentSha256; }
    /** Lower-case hex. */
    public String getLeafHash() { return leafHash; }
    public byte[] leafHashBytes() { return HEX.parseHex(leafHash); }
    public Optional<UUID> getBatchId() { return Optional.ofNullable(batchId); }
    public Optional<Integer> getLeafIndex() { return Optional.ofNullable(leafIndex); }
    public Instant getCreatedAt() { return createdAt; }

    private static String requireText(String value, String name, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A leaf needs a " + name);
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException("A leaf's " + name + " has at most " + maxLength + " characters");
        }
        return value;
    }

    private static byte[] requireHash(byte[] hash, String name) {
        if (hash == null || hash.length != 32) {
            throw new IllegalArgumentException("A " + name + " has 32 bytes");
        }
        return hash;
    }
}
