package org.guildhall.chainbridge.anchoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.chainbridge.anchoring.entity.ChainUnavailableException;
import org.guildhall.chainbridge.anchoring.entity.OnChainAnchor;
import org.guildhall.chainbridge.chain.control.AnchorRegistryCalls;
import org.guildhall.chainbridge.chain.control.ContractArtifact;
import org.guildhall.chainbridge.chain.control.ContractDirectory;
import org.guildhall.chainbridge.chain.control.FederationChain;
import org.web3j.abi.FunctionEncoder;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;

/** Reads a batch's anchor from the AnchorRegistry by eth_call, never through the bridge's own records. */
@ApplicationScoped
public class AnchorRegistryReader {

    @Inject
    ContractDirectory contracts;
    @Inject
    FederationChain chain;

    /** The anchor the chain holds for the batch; empty when it holds none or the contract is not known yet. */
    public Optional<OnChainAnchor> read(UUID batchId) {
        Optional<String> address = contracts.knownAddress(ContractArtifact.ANCHOR_REGISTRY);
        if (address.isEmpty()) {
            return Optional.empty();
        }
        String data = FunctionEncoder.encode(AnchorRegistryCalls.anchorOf(batchId));
        EthCall call;
        try {
            call = chain.web3j().ethCall(Transaction.createEthCallTransaction(null, address.get(), data),
                    DefaultBlockParameterName.LATEST).send();
        } catch (IOException e) {
            throw new ChainUnavailableException("The chain node does not answer", e);
        }
        if (call.hasError() || call.isReverted()) {
            throw new ChainUnavailableException("The chain refused to read the anchor of " + batchId + ": "
                    + (call.hasError() ? call.getError().getMessage() : call.getRevertReason()), null);
        }
        if (call.getValue() == null || call.getValue().length() <= 2) {
            // no code at the address (a reset dev chain not yet redeployed): nothing is anchored there
            return Optional.empty();
        }
        return AnchorRegistryCalls.decodeAnchorOf(call.getValue()).map(a -> new OnChainAnchor(batchId,
                HexFormat.of().formatHex(a.root()), a.size(), a.blockNumber(), Instant.ofEpochSecond(a.anchoredAt()),
                address.get()));
    }
}
