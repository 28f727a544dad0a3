package org.guildhall.chainbridge.chain.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every configuration key of the chain bridge. Defaults are in
 * {@code META-INF/microprofile-config.properties}; each key can also be set from the environment
 * ({@code guildhall.chain.rpc-url} as {@code GUILDHALL_CHAIN_RPC_URL}).
 */
@ApplicationScoped
public class ChainBridgeConfig {

    @Inject
    @ConfigProperty(name = "guildhall.chain.rpc-url")
    String rpcUrl;
    @Inject
    @ConfigProperty(name = "guildhall.chain.id")
    long chainId;
    @Inject
    @ConfigProperty(name = "guildhall.chain.governance-ledger-address")
    Optional<String> governanceLedgerAddress;
    @Inject
    @ConfigProperty(name = "guildhall.chain.anchor-registry-address")
    Optional<String> anchorRegistryAddress;
    @Inject
    @ConfigProperty(name = "guildhall.chain.node-registry-address")
    Optional<String> nodeRegistryAddress;
    @Inject
    @ConfigProperty(name = "guildhall.chain.read-timeout-ms", defaultValue = "2000")
    long readTimeoutMs;
    @Inject
    @ConfigProperty(name = "guildhall.chain.auto-deploy", defaultValue = "false")
    boolean autoDeploy;
    @Inject
    @ConfigProperty(name = "guildhall.chain.dev-chain", defaultValue = "false")
    boolean devChain;
    @Inject
    @ConfigProperty(name = "guildhall.chain.poll-interval-ms", defaultValue = "1000")
    long pollIntervalMs;
    @Inject
    @ConfigProperty(name = "guildhall.chain.watch-interval-ms", defaultValue = "5000")
    long watchIntervalMs;
    @Inject
    @ConfigProperty(name = "guildhall.chain.confirmations", defaultValue = "1")
    int confirmations;
    @Inject
    @ConfigProperty(name = "guildhall.hsm.library")
    String hsmLibrary;
    @Inject
    @ConfigProperty(name = "guildhall.hsm.slot")
    Optional<Long> hsmSlot;
    @Inject
    @ConfigProperty(name = "guildhall.hsm.token-label")
    Optional<String> hsmTokenLabel;
    @Inject
    @ConfigProperty(name = "guildhall.hsm.pin")
    Optional<String> hsmPin;
    @Inject
    @ConfigProperty(name = "guildhall.hsm.tx-key-alias", defaultValue = "federation-tx")
    String txKeyAlias;
    @Inject
    @ConfigProperty(name = "guildhall.hsm.ca-key-alias", defaultValue = "federation-ca")
    String caKeyAlias;
    @Inject
    @ConfigProperty(name = "guildhall.hsm.create-missing-keys", defaultValue = "false")
    boolean createMissingKeys;

    public String rpcUrl() { return rpcUrl; }
    public long chainId() { return chainId; }
    public Optional<String> governanceLedgerAddress() { return governanceLedgerAddress.filter(a -> !a.isBlank()); }
    public Optional<String> anchorRegistryAddress() { return anchorRegistryAddress.filter(a -> !a.isBlank()); }
    public Optional<String> nodeRegistryAddress() { return nodeRegistryAddress.filter(a -> !a.isBlank()); }
    /** How long a read for a page (eth_call) may wait for the node before the chain counts as unavailable. */
    public java.time.Duration readTimeout() { return java.time.Duration.ofMillis(Math.max(1, readTimeoutMs)); }
    public boolean autoDeploy() { return autoDeploy; }
    /** A dev chain forgets its state on restart; only there may a vanished contract be deployed again. */
    public boolean devChain() { return devChain; }
    public long pollIntervalMs() { return pollIntervalMs; }
    /** How often the chain is checked before writing: the same chain, and code where each contract lives. */
    public java.time.Duration watchInterval() { return java.time.Duration.ofMillis(Math.max(100, watchIntervalMs)); }
    public int confirmations() { return Math.max(1, confirmations); }
    public String hsmLibrary() { return hsmLibrary; }
    public Optional<Long> hsmSlot() { return hsmSlot; }
    public Optional<String> hsmTokenLabel() { return hsmTokenLabel.filter(l -> !l.isBlank()); }
    public Optional<String> hsmPin() { return hsmPin; }
    public String txKeyAlias() { return txKeyAlias; }
    /** The alias of the federation CA's P-256 key, in the same token as the transaction key. */
    public String caKeyAlias() { return caKeyAlias; }
    public boolean createMissingKeys() { return createMissingKeys; }

    /**
     * Where the federation's token is, with its PIN.
     *
     * @throws IllegalStateException when no PIN is configured
     */
    public org.guildhall.chainbridge.signing.control.HsmSettings hsmSettings() {
        return new org.guildhall.chainbridge.signing.control.HsmSettings(hsmLibrary, hsmSlot.orElse(null),
                hsmTokenLabel().orElse(null), hsmPin.orElseThrow(() ->
                        new IllegalStateException("No HSM PIN configured (guildhall.hsm.pin / GUILDHALL_HSM_PIN)")));
    }
}
