package org.guildhall.chainbridge.outbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One write to a contract, with everything needed to finish it after a crash. */
@Entity
@Table(name = "outbox_entry", schema = "chainbridge")
@NamedQuery(name = "OutboxEntry.findDue",
        query = "select e.id from OutboxEntry e where e.status in :statuses and e.nextAttemptAt <= :now"
                + " order by e.createdAt")
@NamedQuery(name = "OutboxEntry.findByReferences",
        query = "select e from OutboxEntry e where e.reference in :references")
@NamedQuery(name = "OutboxEntry.findByReference",
        query = "select e from OutboxEntry e where e.kind = :kind and e.reference = :reference")
@NamedQuery(name = "OutboxEntry.countByStatus",
        query = "select e.status, count(e) from OutboxEntry e group by e.status")
public class OutboxEntry {

    public static final int MAX_ATTEMPTS = 25;
    private static final Duration LONGEST_BACKOFF = Duration.ofMinutes(2);

    @Id
    private UUID id;
    private String kind;
    private UUID reference;
    private String contract;
    @Column(name = "call_data")
    private String callData;
    @Enumerated(EnumType.STRING)
    private OutboxStatus status;
    private int attempts;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "chain_id")
    private Long chainId;
    private String sender;
    private Long nonce;
    @Column(name = "signed_tx")
    private String signedTx;
    @Column(name = "tx_hash")
    private String txHash;
    @Column(name = "block_number")
    private Long blockNumber;
    @Column(name = "receipt_status")
    private Integer receiptStatus;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Version
    private long version;

    protected OutboxEntry() {
    }

    public OutboxEntry(String kind, UUID reference, String contract, String callData, Instant at) {
        this.id = UUID.randomUUID();
        this.kind = Objects.requireNonNull(kind);
        this.reference = Objects.requireNonNull(reference);
        this.contract = Objects.requireNonNull(contract);
        this.callData = Objects.requireNonNull(callData);
        this.status = OutboxStatus.PENDING;
        this.createdAt = at;
        this.nextAttemptAt = at;
    }

    /** The signed transaction is stored before it is sent. */
    public void signed(long chain, String from, long txNonce, String rawTx, String hash) {
        requireStatus(OutboxStatus.PENDING);
        this.chainId = chain;
        this.sender = from;
        this.nonce = txNonce;
        this.signedTx = rawTx;
        this.txHash = hash;
        this.status = OutboxStatus.SIGNED;
    }

    public void submitted(Instant at) {
        if (status == OutboxStatus.SIGNED) {
            status = OutboxStatus.SUBMITTED;
            submittedAt = at;
        }
    }

    /** The transaction is mined, deep enough, with the given receipt status. */
    public void confirmed(String hash, long block, int receipt, Instant at) {
        if (status == OutboxStatus.CONFIRMED) {
            return;
        }
        this.txHash = hash;
        this.blockNumber = block;
        this.receiptStatus = receipt;
        this.status = OutboxStatus.CONFIRMED;
        this.confirmedAt = at;
        this.lastError = null;
    }

    /**
     * The contract refuses the write because it holds this entry's id already ({@code refusal}, e.g.
     * {@code DuplicateDecision}): the write was made before (a replayed or retried entry), so it is
     * confirmed without sending anything, and the note says so.
     */
    public void foundOnChain(String refusal, Instant at) {
        requireStatus(OutboxStatus.PENDING);
        this.status = OutboxStatus.CONFIRMED;
        this.confirmedAt = at;
        this.lastError = "Already on chain (" + refusal + "): written before, nothing sent again";
    }

    /** The first 32-byte argument of the call: the id the contract keys the write by. */
    public String idWord() {
        return callData.length() >= 74 ? callData.substring(10, 74).toLowerCase(java.util.Locale.ROOT) : "";
    }

    /** The signed transaction can never be mined (its nonce went to another); sign again. */
    public void resign(String why) {
        this.status = OutboxStatus.PENDING;
        this.signedTx = null;
        this.txHash = null;
        this.nonce = null;
        this.lastError = why;
    }

    /**
     * An attempt failed; try again later, or give up after {@link #MAX_ATTEMPTS}. A SUBMITTED entry
     * is never given up: the node took its transaction, which may be mined already, so only the chain
     * can settle it (a receipt, or its nonce taken by another transaction).
     */
    public void attemptFailed(String error, Instant at) {
        attempts++;
        lastError = error == null ? null : error.length() > 2000 ? error.substring(0, 2000) : error;
        if (attempts >= MAX_ATTEMPTS && status != OutboxStatus.SUBMITTED) {
            status = OutboxStatus.FAILED;
            return;
        }
        long seconds = Math.min(1L << Math.min(attempts, 16), LONGEST_BACKOFF.toSeconds());
        nextAttemptAt = at.plusSeconds(seconds);
    }

    /**
     * The target chain could not be written to (its node unreachable, or writing halted): try again after
     * {@code delay} without counting an attempt, since nothing about this entry failed.
     */
    public void waitForTarget(String error, Instant at, Duration delay) {
        lastError = error == null ? null : error.length() > 2000 ? error.substring(0, 2000) : error;
        nextAttemptAt = at.plus(delay);
    }

    /**
     * The transaction was mined without the contract's event for this entry's id (sent to an address without code,
     * a reset chain): it had no effect, so the entry is written again, with a note saying why.
     */
    public void minedWithoutEffect(String hash, long block, Instant at) {
        replay(at);
        this.lastError = "Transaction " + hash + " was mined in block " + block + " without the contract's event"
                + " for this entry (no contract at the address?); written again";
    }

    /** A reverted transaction that the chain will never accept. */
    public void rejectedByChain(String hash, long block, String reason, Instant at) {
        this.txHash = hash;
        this.blockNumber = block;
        this.receiptStatus = 0;
        this.status = OutboxStatus.FAILED;
        this.lastError = reason;
        this.confirmedAt = at;
    }

    /** The chain the entry was written to was reset (a dev chain): write it again. */
    public void replay(Instant at) {
        this.status = OutboxStatus.PENDING;
        this.signedTx = null;
        this.txHash = null;
        this.nonce = null;
        this.blockNumber = null;
        this.receiptStatus = null;
        this.confirmedAt = null;
        this.submittedAt = null;
        this.attempts = 0;
        this.lastError = null;
        this.nextAttemptAt = at;
    }

    private void requireStatus(OutboxStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Outbox entry " + id + " is " + status + ", not " + expected);
        }
    }

    public UUID getId() { return id; }
    public String getKind() { return kind; }
    public UUID getReference() { return reference; }
    public String getContract() { return contract; }
    public String getCallData() { return callData; }
    public OutboxStatus getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public String getLastError() { return lastError; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Long getChainId() { return chainId; }
    public String getSender() { return sender; }
    public Long getNonce() { return nonce; }
    public String getSignedTx() { return signedTx; }
    public String getTxHash() { return txHash; }
    public Long getBlockNumber() { return blockNumber; }
    public Integer getReceiptStatus() { return receiptStatus; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getConfirmedAt() { return confirmedAt; }
}
