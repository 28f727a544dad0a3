package org.guildhall.chainbridge.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.guildhall.chainbridge.chain.control.ChainBridgeConfig;
import org.guildhall.chainbridge.chain.control.ChainFaults;
import org.guildhall.chainbridge.chain.control.ChainWatch;
import org.guildhall.chainbridge.chain.control.ContractDirectory;
import org.guildhall.chainbridge.chain.control.ContractErrors;
import org.guildhall.chainbridge.chain.control.ContractRefusalException;
import org.guildhall.chainbridge.chain.control.FederationChain;
import org.guildhall.chainbridge.chain.control.TransactionSender;
import org.guildhall.chainbridge.leadership.control.LeaderEpoch;
import org.guildhall.chainbridge.leadership.control.NotLeaderException;
import org.guildhall.chainbridge.outbox.control.OutboxStore;
import org.guildhall.chainbridge.outbox.entity.OutboxEntry;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/** Moves one outbox entry one step further towards a confirmed transaction. */
@ApplicationScoped
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());
    private static final int BATCH = 50;
    private static final java.time.Duration TARGET_RETRY = java.time.Duration.ofSeconds(5);

    @Inject
    OutboxStore store;
    @Inject
    ContractDirectory contracts;
    @Inject
    TransactionSender sender;
    @Inject
    FederationChain chain;
    @Inject
    ChainBridgeConfig config;
    @Inject
    Clock clock;

    @Inject
    ChainWatch watch;
    @Inject
    LeaderEpoch epoch;

    /**
     * The entries to move now, once the watch has found the chain safe to write to (the same chain, every contract
     * where it lives; a reset dev chain has its contracts deployed again and the outbox replayed first).
     */
    public List<UUID> due() throws IOException {
        watch.ensureWritable();
        return store.due(BATCH);
    }

    public void deliver(UUID id) throws IOException {
        Optional<OutboxEntry> found = store.find(id);
        if (found.isEmpty()) {
            return;
        }
        OutboxEntry entry = found.get();
        switch (entry.getStatus()) {
            case PENDING -> {
                Optional<OutboxEntry> signed = sign(entry);
                if (signed.isPresent()) {
                    send(signed.get());
                }
            }
            case SIGNED -> send(entry);
            case SUBMITTED -> checkReceipt(entry);
            default -> { }
        }
    }

    /** Called by the route's error handler once redelivery is exhausted. */
    public void attemptFailed(UUID id, Exception cause) {
        if (id == null) {
            LOG.warning(() -> "The chain bridge could not poll its outbox: " + cause);
            return;
        }
        String message = cause == null ? "unknown error" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        if (cause instanceof NotLeaderException) {
            LOG.info(() -> "Outbox entry " + id + " left to the bridge's new leader: " + message);
            return;
        }
        if (ChainFaults.isTargetFault(cause)) {
            LOG.fine(() -> "Outbox entry " + id + " waits for the chain: " + message);
            store.waitForTarget(id, message, TARGET_RETRY);
            return;
        }
        LOG.warning(() -> "Outbox entry " + id + " not delivered this time: " + message);
        store.attemptFailed(id, message);
    }

    /** Signs and stores the entry's transaction; empty when the contract holds its write already. */
    private Optional<OutboxEntry> sign(OutboxEntry entry) throws IOException {
        String to = contracts.addressOf(entry.getContract());
        BigInteger nonce = sender.pendingNonce();
        TransactionSender.SignedTransaction tx;
        try {
            tx = sender.sign(to, entry.getCallData(), nonce);
        } catch (ContractRefusalException refused) {
            Optional<ContractErrors.Refusal> applied = refused.refusal()
                    .filter(r -> r.alreadyApplied() && entry.idWord().equals(r.firstWord()));
            if (applied.isEmpty()) {
                throw refused;
            }
            String name = applied.get().name();
            store.change(entry.getId(), e -> e.foundOnChain(name, Instant.now(clock)));
            LOG.info(() -> "Outbox entry " + entry.getId() + " (" + entry.getKind() + " " + entry.getReference()
                    + ") is on chain already (" + name + "); nothing sent");
            return Optional.empty();
        }
        OutboxEntry signed = store.changeAsLeader(entry.getId(), epoch.current(),
                e -> e.signed(chain.chainId(), tx.from(), tx.nonce(), tx.rawHex(), tx.hash()));
        LOG.fine(() -> "Outbox entry " + entry.getId() + " signed as " + tx.hash() + " nonce " + tx.nonce());
        return Optional.of(signed);
    }

    private void send(OutboxEntry entry) throws IOException {
        EthSendTransaction sent = chain.web3j().ethSendRawTransaction(entry.getSignedTx()).send();
        if (sent.hasError()) {
            String error = sent.getError().getMessage();
            String lower = error == null ? "" : error.toLowerCase();
            if (lower.contains("nonce too low") || lower.contains("nonce is too low")) {
                Optional<TransactionReceipt> receipt = receiptOf(entry.getTxHash());
                if (receipt.isEmpty()) {
                    store.change(entry.getId(), e -> e.resign("nonce " + e.getNonce() + " was used by another transaction"));
                    return;
                }
            } else if (!lower.contains("already known") && !lower.contains("known transaction")) {
                throw new IOException("The node refused transaction " + entry.getTxHash() + ": " + error);
            }
        }
        store.change(entry.getId(), e -> e.submitted(Instant.now(clock)));
        LOG.info(() -> "Outbox entry " + entry.getId() + " (" + entry.getKind() + " " + entry.getReference()
                + ") sent as " + entry.getTxHash());
    }

    private void checkReceipt(OutboxEntry entry) throws IOException {
        Optional<TransactionReceipt> receipt = receiptOf(entry.getTxHash());
        if (receipt.isEmpty()) {
            if (chain.web3j().ethGetTransactionByHash(entry.getTxHash()).send().getTransaction().isEmpty()) {
                LOG.info(() -> "The node does not know " + entry.getTxHash() + "; broadcasting it again");
                send(entry);
            }
            return;
        }
        TransactionReceipt r = receipt.get();
        long block = r.getBlockNumber().longValueExact();
        long head = chain.web3j().ethBlockNumber().send().getBlockNumber().longValueExact();
        if (head - block + 1 < config.confirmations()) {
            return;
        }
        Instant now = Instant.now(clock);
        if (r.isStatusOK() && !holdsExpectedEvent(r, entry)) {
            // Status 1 without the contract's event: the call reached no contract. The watch finds out why (a reset
            // dev chain is redeployed and replayed; any other chain halts) before the entry is written again.
            watch.checkNow();
            store.change(entry.getId(), e -> e.minedWithoutEffect(r.getTransactionHash(), block, now));
            LOG.warning(() -> "Outbox entry " + entry.getId() + ": " + r.getTransactionHash() + " was mined in block "
                    + block + " without the contract's event; written again");
            return;
        }
        if (r.isStatusOK()) {
            store.change(entry.getId(), e -> e.confirmed(r.getTransactionHash(), block, 1, now));
            LOG.info(() -> "Outbox entry " + entry.getId() + " confirmed in block " + block + " (" + r.getTransactionHash() + ")");
        } else {
            String reason = "reverted" + (r.getRevertReason() == null ? "" : ": " + r.getRevertReason());
            store.change(entry.getId(), e -> e.rejectedByChain(r.getTransactionHash(), block, reason, now));
            LOG.warning(() -> "Outbox entry " + entry.getId() + " " + reason + " in block " + block);
        }
    }

    /** The receipt holds the event the contract emits for the entry's id: from the called address, id as topic 1. */
    static boolean holdsExpectedEvent(TransactionReceipt receipt, OutboxEntry entry) {
        String id = "0x" + entry.idWord();
        return receipt.getLogs() != null && receipt.getLogs().stream().anyMatch(log ->
                log.getAddress() != null && log.getAddress().equalsIgnoreCase(receipt.getTo())
                        && log.getTopics() != null && log.getTopics().size() > 1
                        && log.getTopics().get(1).equalsIgnoreCase(id));
    }

    private Optional<TransactionReceipt> receiptOf(String hash) throws IOException {
        return chain.web3j().ethGetTransactionReceipt(hash).send().getTransactionReceipt();
    }
}
