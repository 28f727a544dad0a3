package org.guildhall.chainbridge.nodes.control;

import org.guildhall.chainbridge.chain.control.ChainBridgeConfig;
import org.guildhall.chainbridge.chain.control.ContractDirectory;
import org.guildhall.chainbridge.chain.control.FederationChain;

/** Hand wiring of the node controls for tests outside this package, as CDI would inject them. */
public final class NodeControls {

    private NodeControls() {
    }

    public static NodeRegistryReader reader(ContractDirectory contracts, FederationChain chain, ChainBridgeConfig config) {
        NodeRegistryReader reader = new NodeRegistryReader();
        reader.contracts = contracts;
        reader.chain = chain;
        reader.config = config;
        return reader;
    }
}
