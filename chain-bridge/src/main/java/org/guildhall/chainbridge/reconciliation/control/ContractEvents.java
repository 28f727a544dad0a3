package org.guildhall.chainbridge.reconciliation.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guildhall.chainbridge.chain.control.ContractArtifact;
import org.guildhall.chainbridge.reconciliation.entity.ChainEvent;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.methods.response.Log;

/** The events the contracts emit for the ids the bridge writes, by topic 0; each has the id as topic 1. */
public final class ContractEvents {

    public static final String DECISION_RECORDED = Hash.sha3String("DecisionRecorded(bytes32,bytes32,uint8)");
    public static final String BATCH_ANCHORED = Hash.sha3String("BatchAnchored(bytes32,bytes32,uint64)");
    public static final String NODE_ADMITTED = Hash.sha3String("NodeAdmitted(bytes32,bytes32,bytes32,bytes32,string,uint16)");
    public static final String NODE_STATUS_CHANGED = Hash.sha3String("NodeStatusChanged(bytes32,bytes32,uint8,uint8)");

    private static final Map<String, String> NAMES = Map.of(DECISION_RECORDED, "DecisionRecorded",
            BATCH_ANCHORED, "BatchAnchored", NODE_ADMITTED, "NodeAdmitted", NODE_STATUS_CHANGED, "NodeStatusChanged");

    private ContractEvents() {
    }

    /** The topics to ask the node for, for one contract. */
    public static List<String> topicsOf(String contract) {
        return switch (contract) {
            case ContractArtifact.GOVERNANCE_LEDGER -> List.of(DECISION_RECORDED);
            case ContractArtifact.ANCHOR_REGISTRY -> List.of(BATCH_ANCHORED);
            case ContractArtifact.NODE_REGISTRY -> List.of(NODE_ADMITTED, NODE_STATUS_CHANGED);
            default -> List.of();
        };
    }

    /** The log as an event of {@code contract}, if it is one of the events above. */
    public static Optional<ChainEvent> decode(String contract, Log log) {
        if (log.getTopics() == null || log.getTopics().size() < 2 || Boolean.TRUE.equals(log.isRemoved())) {
            return Optional.empty();
        }
        String name = NAMES.get(log.getTopics().get(0).toLowerCase());
        if (name == null) {
            return Optional.empty();
        }
        String data = log.getData() == null ? "" : log.getData().startsWith("0x") ? log.getData().substring(2) : log.getData();
        return Optional.of(new ChainEvent(contract, log.getAddress(), name, log.getTopics().get(1).toLowerCase(),
                data.toLowerCase(), log.getTransactionHash(), log.getBlockNumber().longValueExact()));
    }
}
