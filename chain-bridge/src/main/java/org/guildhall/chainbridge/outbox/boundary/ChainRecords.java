package org.guildhall.chainbridge.outbox.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.guildhall.chainbridge.chain.control.ChainBridgeConfig;
import org.guildhall.chainbridge.chain.control.ContractArtifact;
import org.guildhall.chainbridge.chain.control.ContractDirectory;
import org.guildhall.chainbridge.chain.control.FederationChain;
import org.guildhall.chainbridge.outbox.control.OutboxStore;
import org.guildhall.chainbridge.outbox.entity.ChainRecord;
import org.guildhall.chainbridge.outbox.entity.OutboxEntry;

/** What the portal may show about the chain: the record of each decision, and the chain itself. */
@Stateless
@PermitAll
public class ChainRecords {

    @Inject
    OutboxStore store;
    @Inject
    ContractDirectory contracts;
    @Inject
    FederationChain chain;
    @Inject
    ChainBridgeConfig config;

    /** The on-chain record of each given reference (decision id); pending where none exists yet. */
    public Map<UUID, ChainRecord> of(Collection<UUID> references) {
        Map<UUID, OutboxEntry> entries = store.byReferences(List.copyOf(references)).stream()
                .collect(Collectors.toMap(OutboxEntry::getReference, Function.identity(), (a, b) -> a));
        return references.stream().collect(Collectors.toMap(Function.identity(), r -> record(r, entries.get(r))));
    }

    public Optional<String> addressOf(String contract) {
        return contracts.knownAddress(contract);
    }

    public long chainId() {
        return config.chainId();
    }

    /** The federation signer's address; opens the HSM if it is not open yet. */
    public String signerAddress() {
        return chain.signer().getAddress();
    }

    /** The known address of each contract, by name (GovernanceLedger, AnchorRegistry, NodeRegistry). */
    public Map<String, String> contractAddresses() {
        Map<String, String> addresses = new java.util.TreeMap<>();
        for (String contract : List.of(ContractArtifact.GOVERNANCE_LEDGER, ContractArtifact.ANCHOR_REGISTRY,
                ContractArtifact.NODE_REGISTRY)) {
            contracts.knownAddress(contract).ifPresent(a -> addresses.put(contract, a));
        }
        return Map.copyOf(addresses);
    }

    private ChainRecord record(UUID reference, OutboxEntry entry) {
        if (entry == null) {
            return ChainRecord.pending(reference, ContractArtifact.GOVERNANCE_LEDGER);
        }
        return new ChainRecord(reference, entry.getStatus().publicName(), entry.getTxHash(), entry.getBlockNumber(),
                entry.getContract(), contracts.knownAddress(entry.getContract()).orElse(null), entry.getLastError());
    }
}
