package org.guildhall.chainbridge.anchoring.control;

import org.guildhall.chainbridge.chain.control.ContractDirectory;
import org.guildhall.chainbridge.chain.control.FederationChain;

/** Hand wiring of the anchoring controls for tests outside this package, as CDI would inject them. */
public final class AnchorControls {

    private AnchorControls() {
    }

    public static AnchorRegistryReader reader(ContractDirectory contracts, FederationChain chain) {
        AnchorRegistryReader reader = new AnchorRegistryReader();
        reader.contracts = contracts;
        reader.chain = chain;
        return reader;
    }
}
