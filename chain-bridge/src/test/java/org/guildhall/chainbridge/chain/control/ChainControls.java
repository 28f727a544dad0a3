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
        config.governanceLedgerAddress = Optional.ofNullable(ledgerAddress);
        config.anchorRegistryAddress = Optional.ofNullable(anchorRegistryAddress);
        config.nodeRegistryAddress = Optional.empty();
        config.readTimeoutMs = 2000;
        config.autoDeploy = false;
        config.pollIntervalMs = 200;
        config.confirmations = confirmations;
        config.watchIntervalMs = 5000;
        config.hsmTokenLabel = Optional.empty();
        config.hsmSlot = Optional.empty();
        config.hsmPin = Optional.empty();
        config.txKeyAlias = "federation-tx";
        config.caKeyAlias = "federation-ca";
        config.hsmLibrary = "/usr/lib/softhsm/libsofthsm2.so";
        return config;
    }

    /** As above, with the NodeRegistry at {@code nodeRegistryAddress} too. */
    public static ChainBridgeConfig config(String rpcUrl, long chainId, int confirmations, String ledgerAddress,
                                           String anchorRegistryAddress, String nodeRegistryAddress) {
        ChainBridgeConfig config = config(rpcUrl, chainId, confirmations, ledgerAddress, anchorRegistryAddress);
        config.nodeRegistryAddress = Optional.ofNullable(nodeRegistryAddress);
        return config;
    }

    /** A configuration of the HSM only: the token by label, its PIN (none if null), and the key aliases. */
    public static ChainBridgeConfig hsm(String library, String tokenLabel, String pin, String txKeyAlias,
                                        String caKeyAlias, boolean createMissingKeys) {
        ChainBridgeConfig config = config("http://127.0.0.1:1", 31337, 1, "0x" + "00".repeat(20));
        config.hsmLibrary = library;
        config.hsmTokenLabel = Optional.ofNullable(tokenLabel);
        config.hsmPin = Optional.ofNullable(pin);
        config.txKeyAlias = txKeyAlias;
        config.caKeyAlias = caKeyAlias;
        config.createMissingKeys = createMissingKeys;
        return config;
    }

    /** Sets how long a page's read of the chain may wait. */
    public static void readTimeout(ChainBridgeConfig config, long millis) {
        config.readTimeoutMs = millis;
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

    /** A dev chain's configuration: no addresses, contracts deployed (and deployed again after a reset) by the bridge. */
    public static ChainBridgeConfig devChain(String rpcUrl, long chainId) {
        ChainBridgeConfig config = config(rpcUrl, chainId, 1, null);
        config.governanceLedgerAddress = Optional.empty();
        config.autoDeploy = true;
        config.devChain = true;
        return config;
    }

    /** The directory with its deployment records in memory, replaying {@code outbox} when a chain is reset. */
    public static ContractDirectory directory(ChainBridgeConfig config, FederationChain chain, TransactionSender sender,
                                              org.guildhall.chainbridge.outbox.control.OutboxStore outbox,
                                              java.time.Clock clock) {
        java.util.Map<String, org.guildhall.chainbridge.chain.entity.ContractDeployment> records =
                new java.util.concurrent.ConcurrentHashMap<>();
        ContractDirectory directory = new ContractDirectory() {
            @Override
            protected org.guildhall.chainbridge.chain.entity.ContractDeployment recorded(String name) {
                return records.get(name);
            }

            @Override
            protected void record(org.guildhall.chainbridge.chain.entity.ContractDeployment deployment) {
                records.put(deployment.getName(), deployment);
            }
        };
        directory.config = config;
        directory.chain = chain;
        directory.sender = sender;
        directory.outbox = outbox;
        directory.clock = clock;
        return directory;
    }

    /** The watch over {@code chain}, as the bridge has it. */
    public static ChainWatch watch(ChainBridgeConfig config, FederationChain chain, ContractDirectory directory,
                                   java.time.Clock clock) {
        ChainWatch watch = new ChainWatch();
        watch.config = config;
        watch.chain = chain;
        watch.contracts = directory;
        watch.clock = clock;
        return watch;
    }

    /** Deploys a compiled contract as the bridge does at start-up, and returns its address. */
    public static String deploy(TransactionSender sender, String contract) throws IOException {
        return sender.deploy(ContractArtifact.load(contract)).getContractAddress();
    }
}
