package org.guildhall.chainbridge.outbox.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.guildhall.chainbridge.leadership.control.NotLeaderException;
import org.guildhall.chainbridge.outbox.entity.OutboxEntry;
import org.guildhall.chainbridge.outbox.entity.OutboxStatus;

/**
 * Reads and changes outbox entries, each change in a transaction of its own (the delivery route
 * commits every step before it takes the next, so a crash leaves a state it can resume from).
 */
@Stateless
public class OutboxStore {

    @PersistenceContext(unitName = "chainbridge")
    EntityManager em;
    @Inject
    Clock clock;

    /** Joins the caller's transaction: the entry commits with the decision that produced it. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public OutboxEntry enqueue(String kind, UUID reference, String contract, String callData) {
        OutboxEntry entry = new OutboxEntry(kind, reference, contract, callData, Instant.now(clock));
        em.persist(entry);
        return entry;
    }

    /** Due entries, those already in flight first so that nonces are used in order. */
    public List<UUID> due(int max) {
        Instant now = Instant.now(clock);
        List<UUID> ids = new ArrayList<>(em.createNamedQuery("OutboxEntry.findDue", UUID.class)
                .setParameter("statuses", EnumSet.of(OutboxStatus.SIGNED, OutboxStatus.SUBMITTED))
                .setParameter("now", now).setMaxResults(max).getResultList());
        if (ids.size() < max) {
            ids.addAll(em.createNamedQuery("OutboxEntry.findDue", UUID.class)
                    .setParameter("statuses", EnumSet.of(OutboxStatus.PENDING))
                    .setParameter("now", now).setMaxResults(max - ids.size()).getResultList());
        }
        return ids;
    }

    public Optional<OutboxEntry> find(UUID id) {
        return Optional.ofNullable(em.find(OutboxEntry.class, id));
    }

    /** Applies a change to one entry under a row lock and commits it. */
    public OutboxEntry change(UUID id, Consumer<OutboxEntry> change) {
        OutboxEntry entry = em.find(OutboxEntry.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null) {
            throw new IllegalArgumentException("No outbox entry " + id);
        }
        change.accept(entry);
        return entry;
    }

    /**
     * As {@link #change}, but only while the database still names {@code epoch} as the bridge leader's (when there
     * is one): a change that takes a nonce must not be stored by an instance that lost the leadership.
     *
     * @throws NotLeaderException when another instance took over since
     */
    public OutboxEntry changeAsLeader(UUID id, java.util.OptionalLong epoch, Consumer<OutboxEntry> change) {
        if (epoch.isPresent()) {
            Number current = (Number) em.createNativeQuery(
                    "select epoch from chainbridge.bridge_leader where name = 'chainbridge' for share").getSingleResult();
            if (current.longValue() != epoch.getAsLong()) {
                throw new NotLeaderException("The bridge is led under epoch " + current + " now, not "
                        + epoch.getAsLong() + ": this instance stores nothing more");
            }
        }
        return change(id, change);
    }

    public void attemptFailed(UUID id, String error) {
        change(id, e -> e.attemptFailed(error, Instant.now(clock)));
    }

    /** The target chain failed, not the entry: it waits {@code delay} with no attempt counted. */
    public void waitForTarget(UUID id, String error, java.time.Duration delay) {
        change(id, e -> e.waitForTarget(error, Instant.now(clock), delay));
    }

    /** Every entry goes back to PENDING: the chain they were written to is gone (a reset dev chain). */
    public int replayAll() {
        List<OutboxEntry> all = em.createQuery("select e from OutboxEntry e", OutboxEntry.class).getResultList();
        Instant now = Instant.now(clock);
        all.forEach(e -> e.replay(now));
        return all.size();
    }

    /** The entry of one kind for one reference (the outbox holds at most one). */
    public Optional<OutboxEntry> byKindAndReference(String kind, UUID reference) {
        return em.createNamedQuery("OutboxEntry.findByReference", OutboxEntry.class)
                .setParameter("kind", kind).setParameter("reference", reference).getResultStream().findFirst();
    }

    public List<OutboxEntry> byReferences(List<UUID> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("OutboxEntry.findByReferences", OutboxEntry.class)
                .setParameter("references", references).getResultList();
    }
}
