package org.guildhall.chainbridge.chain.control;

import java.io.IOException;
import java.util.Optional;

/**
 * Hand wiring of the chain controls for tests outside this package, as CDI would inject them
 * (their fields are package-private): a configuration, a transaction sender on a given
 * {@link FederationChain}, a contract directory, and a deployment through the real sender.
 */
public final class ChainControls {

    private ChainControls() {
    }

    /** A configuration for a chain whose GovernanceLedger is at {@code ledgerAddress} (no auto-deploy). */
    public static ChainBridgeConfig config(String rpcUrl, long chainId, int confirmations, String ledgerAddress) {
        return config(rpcUrl, chainId, confirmations, ledgerAddress, null);
    }

    /** As above, with the AnchorRegistry at {@code anchorRegistryAddress} (none if null). */
    public static ChainBridgeConfig config(String rpcUrl, long chainId, int confirmations, String ledgerAddress,
                                           String anchorRegistryAddress) {
        ChainBridgeConfig config = new ChainBridgeConfig();
        config.rpcUrl = rpcUrl;
        config.chainId = chainId;
        config.governanceLedgerAddress = Optional.of(ledgerAddress);
        config.anchorRegistryAddress = Optional.ofNullable(anchorRegistryAddress);
        config.autoDeploy = false;
        config.pollIntervalMs = 200;
        config.confirmations = confirmations;
        config.hsmTokenLabel = Optional.empty();
        config.hsmSlot = Optional.empty();
        config.hsmPin = Optional.empty();
        config.txKeyAlias = "federation-tx";
        return config;
    }

    public static TransactionSender sender(FederationChain chain) {
        TransactionSender sender = new TransactionSender();
        sender.chain = chain;
        return sender;
    }

    /** The real directory; with the configured address it never deploys nor touches its database. */
    public static ContractDirectory directory(ChainBridgeConfig config, FederationChain chain, TransactionSender sender) {
        ContractDirectory directory = new ContractDirectory();
        directory.config = config;
        directory.chain = chain;
        directory.sender = sender;
        return directory;
    }

    /** Deploys a compiled contract as the bridge does at start-up, and returns its address. */
    public static String deploy(TransactionSender sender, String contract) throws IOException {
        return sender.deploy(ContractArtifact.load(contract)).getContractAddress();
    }
}
