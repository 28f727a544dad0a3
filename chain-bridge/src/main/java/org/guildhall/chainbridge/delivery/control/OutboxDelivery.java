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
import org.guildhall.chainbridge.chain.control.ContractArtifact;
import org.guildhall.chainbridge.chain.control.ContractDirectory;
import org.guildhall.chainbridge.chain.control.ContractErrors;
import org.guildhall.chainbridge.chain.control.ContractRefusalException;
import org.guildhall.chainbridge.chain.control.FederationChain;
import org.guildhall.chainbridge.chain.control.TransactionSender;
import org.guildhall.chainbridge.outbox.control.OutboxStore;
import org.guildhall.chainbridge.outbox.entity.OutboxEntry;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/** Moves one outbox entry one step further towards a confirmed transaction. */
@ApplicationScoped
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());
    private static final int BATCH = 50;

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

    private volatile boolean deploymentChecked;

    /**
     * The entries to move now. The first call makes sure the contracts are where they were recorded
     * (a reset dev chain gets them deployed again and the outbox replayed onto it).
     */
    public List<UUID> due() throws IOException {
        if (!deploymentChecked) {
            contracts.addressOf(ContractArtifact.GOVERNANCE_LEDGER);
            // Before any entry moves, so that a reset dev chain is replayed onto every contract at once.
            // Without an address or auto-deploy, anchor or node entries wait (and fail) alone; decisions still go.
            for (String contract : List.of(ContractArtifact.ANCHOR_REGISTRY, ContractArtifact.NODE_REGISTRY)) {
                if (contracts.isConfiguredOrDeployable(contract)) {
                    contracts.addressOf(contract);
                }
            }
            deploymentChecked = true;
        }
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
        OutboxEntry signed = store.change(entry.getId(),
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
        if (r.isStatusOK()) {
            store.change(entry.getId(), e -> e.confirmed(r.getTransactionHash(), block, 1, now));
            LOG.info(() -> "Outbox entry " + entry.getId() + " confirmed in block " + block + " (" + r.getTransactionHash() + ")");
        } else {
            String reason = "reverted" + (r.getRevertReason() == null ? "" : ": " + r.getRevertReason());
            store.change(entry.getId(), e -> e.rejectedByChain(r.getTransactionHash(), block, reason, now));
            LOG.warning(() -> "Outbox entry " + entry.getId() + " " + reason + " in block " + block);
        }
    }

    private Optional<TransactionReceipt> receiptOf(String hash) throws IOException {
        return chain.web3j().ethGetTransactionReceipt(hash).send().getTransactionReceipt();
    }
}
