package org.guildhall.registry.anchoring.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.guildhall.registry.anchoring.control.AnchorSealing;
import org.guildhall.registry.anchoring.control.SealedBatches;
import org.guildhall.registry.anchoring.control.AnchoringConfig;
import org.guildhall.registry.anchoring.control.MerkleTree;
import org.guildhall.registry.anchoring.entity.AnchorBatch;
import org.guildhall.registry.anchoring.entity.AnchorLeaf;
import org.guildhall.registry.anchoring.entity.AnchoringException;
import org.guildhall.registry.anchoring.entity.InclusionProof;

/**
 * Anchoring of registry changes: leaves enqueued with the change they stand for, sealed into batches
 * under a Merkle root (which the chain bridge records on chain when it observes
 * {@link AnchorBatchSealed}), and the inclusion proof of each anchored version.
 */
@Stateless
public class RegistryAnchoring {

    private static final Logger LOG = Logger.getLogger(RegistryAnchoring.class.getName());
    /**
     * The oldest pending leaves, locked. SKIP LOCKED: a second portal instance sealing at the same time
     * takes the next leaves (or none) instead of waiting, so no leaf is ever sealed twice.
     */
    static final String LOCK_PENDING = "select id from registry.anchor_leaf where batch_id is null"
            + " order by id limit ?1 for update skip locked";
    /** Locked leaves are loaded by id through their mapping, in slices that keep IN lists short. */
    static final int LOAD_SLICE = 1000;

    @Inject
    SealedBatches sealedBatches;
    @PersistenceContext(unitName = "registry")
    EntityManager em;
    @Inject
    AnchoringConfig config;
    @Inject
    Event<AnchorBatchSealed> sealed;
    @Inject
    Clock clock;

    /**
     * Enqueues a change for anchoring, in the caller's transaction: the leaf commits with the version
     * it stands for, or neither does. Enqueueing the same subject, version and hash again does nothing;
     * a different hash for a known subject and version is refused, rolling back the caller's transaction.
     *
     * @param contentSha256 the SHA-256 (32 bytes) of the version's stored content
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueue(String subject, String version, byte[] contentSha256) {
        if (contentSha256 == null || contentSha256.length != MerkleTree.HASH_LENGTH) {
            throw new AnchoringException("A content hash is a SHA-256 of 32 bytes");
        }
        Optional<AnchorLeaf> known = em.createNamedQuery("AnchorLeaf.findBySubjectAndVersion", AnchorLeaf.class)
                .setParameter("subject", subject).setParameter("version", version).getResultStream().findFirst();
        if (known.isPresent()) {
            if (known.get().holds(contentSha256)) {
                return;
            }
            throw new AnchoringException("Version " + version + " of " + subject
                    + " is anchored with other content; a version never changes");
        }
        AnchorLeaf leaf;
        try {
            leaf = new AnchorLeaf(subject, version, contentSha256.clone(), MerkleTree.leafHash(contentSha256),
                    Instant.now(clock));
        } catch (IllegalArgumentException e) {
            throw new AnchoringException(e.getMessage());
        }
        em.persist(leaf);
    }

    /**
     * Seals the pending leaves, oldest first, into one batch of at most the configured size, and fires
     * {@link AnchorBatchSealed} in the same transaction. Returns the size of the batch, 0 when nothing
     * was pending (or another instance is sealing all of it).
     */
    @PermitAll
    public int sealPending() {
        List<Long> locked = ((List<?>) em.createNativeQuery(LOCK_PENDING).setParameter(1, config.maxBatchSize())
                .getResultList()).stream().map(id -> ((Number) id).longValue()).sorted().toList();
        if (locked.isEmpty()) {
            return 0;
        }
        List<AnchorLeaf> pending = new ArrayList<>(locked.size());
        for (int from = 0; from < locked.size(); from += LOAD_SLICE) {
            pending.addAll(em.createNamedQuery("AnchorLeaf.findByIds", AnchorLeaf.class)
                    .setParameter("ids", locked.subList(from, Math.min(locked.size(), from + LOAD_SLICE))).getResultList());
        }
        pending.sort(Comparator.comparing(AnchorLeaf::getId));
        AnchorBatch batch = AnchorSealing.seal(UUID.randomUUID(), pending, Instant.now(clock));
        em.persist(batch);
        sealed.fire(new AnchorBatchSealed(batch.getId(), batch.getRoot(), batch.getSize(), batch.getSealedAt()));
        LOG.info(() -> "Anchor batch " + batch.getId() + " sealed: " + batch.getSize() + " leaves, root " + batch.getRoot());
        return batch.getSize();
    }

    /** The inclusion proof of a version; empty while it is not sealed into a batch (or not anchored at all). */
    @PermitAll
    public Optional<InclusionProof> proofFor(String subject, String version) {
        Optional<AnchorLeaf> leaf = em.createNamedQuery("AnchorLeaf.findBySubjectAndVersion", AnchorLeaf.class)
                .setParameter("subject", subject).setParameter("version", version).getResultStream().findFirst()
                .filter(AnchorLeaf::isSealed);
        if (leaf.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(proofAt(leaf.get().getBatchId().orElseThrow(), leaf.get().getLeafIndex().orElseThrow()));
    }

    /** The inclusion proof of the leaf at {@code leafIndex} of a sealed batch. */
    @PermitAll
    public InclusionProof proofAt(@NotNull UUID batchId, int leafIndex) {
        SealedBatches.Sealed sealed = sealedBatches.batch(batchId, () -> new SealedBatches.Sealed(
                em.find(AnchorBatch.class, batchId), em.createNamedQuery("AnchorLeaf.findLeafHashesOfBatch", String.class)
                        .setParameter("batchId", batchId).getResultList()));
        return AnchorSealing.proof(sealed.batch(), sealed.leafHashes(), leafIndex);
    }

    @PermitAll
    public Optional<AnchorBatch> batch(UUID batchId) {
        return Optional.ofNullable(batchId).map(id -> em.find(AnchorBatch.class, id));
    }

    /** How many leaves wait for a batch (for operators). */
    @PermitAll
    public long pendingCount() {
        return em.createNamedQuery("AnchorLeaf.countPending", Long.class).getSingleResult();
    }
}
