package org.guildhall.chainbridge.chain.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.guildhall.chainbridge.chain.entity.ContractDeployment;
import org.guildhall.chainbridge.outbox.control.OutboxStore;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * Where each contract lives: a configured address, or (auto-deploy, on embedded defaults) the one
 * recorded when the federation signer deployed it. Deploys when nothing is recorded or the recorded
 * address has no code (a reset dev chain), and then replays the outbox onto the new chain.
 */
@Stateless
public class ContractDirectory {

    private static final Logger LOG = Logger.getLogger(ContractDirectory.class.getName());

    @PersistenceContext(unitName = "chainbridge")
    EntityManager em;
    @Inject
    ChainBridgeConfig config;
    @Inject
    FederationChain chain;
    @Inject
    TransactionSender sender;
    @Inject
    OutboxStore outbox;
    @Inject
    Clock clock;

    /** The address of a contract known without touching the chain, if any. */
    public Optional<String> knownAddress(String name) {
        Optional<String> configured = configured(name);
        if (configured.isPresent()) {
            return configured;
        }
        return Optional.ofNullable(chain.knownAddresses().get(name))
                .or(() -> Optional.ofNullable(recorded(name)).map(ContractDeployment::getAddress));
    }

    /** The address to send to; deploys the contract first where that is allowed and needed. */
    public String addressOf(String name) throws IOException {
        Optional<String> configured = configured(name);
        if (configured.isPresent()) {
            return configured.get();
        }
        String known = chain.knownAddresses().get(name);
        if (known != null) {
            return known;
        }
        ContractDeployment recorded = recorded(name);
        if (recorded != null && hasCode(recorded.getAddress())) {
            chain.knownAddresses().put(name, recorded.getAddress());
            return recorded.getAddress();
        }
        if (!config.autoDeploy()) {
            throw new IllegalStateException("No address is configured for the " + name
                    + " contract (" + addressKey(name) + ") and auto-deploy is off");
        }
        if (recorded != null && !config.devChain()) {
            throw new IllegalStateException("The chain shows no code at " + recorded.getAddress() + ", where " + name
                    + " was deployed; refusing to deploy it again on a chain that is not a dev chain"
                    + " (a lagging node, or the wrong chain?)");
        }
        TransactionReceipt receipt = sender.deploy(ContractArtifact.load(name));
        String address = receipt.getContractAddress();
        Instant now = Instant.now(clock);
        if (recorded == null) {
            record(new ContractDeployment(config.chainId(), name, address, receipt.getTransactionHash(), now));
            LOG.info(() -> name + " deployed at " + address + " on chain " + config.chainId());
        } else {
            recorded.redeployed(address, receipt.getTransactionHash(), now);
            int replayed = outbox.replayAll();
            LOG.warning(() -> "The chain no longer holds " + name + " at its recorded address (a reset dev chain):"
                    + " deployed again at " + address + "; replaying " + replayed + " outbox entries");
        }
        chain.knownAddresses().put(name, address);
        return address;
    }

    /**
     * The address of a contract after checking that it has code there now, whatever was seen before: a dev chain
     * reset since gets the contract deployed again (and the outbox replayed).
     *
     * @throws TargetHaltedException when a configured or recorded address has no code on a chain that is not a dev chain
     */
    public String verifiedAddressOf(String name) throws IOException {
        Optional<String> configured = configured(name);
        if (configured.isPresent()) {
            if (!hasCode(configured.get())) {
                throw new TargetHaltedException("The chain shows no code at " + configured.get() + ", the configured "
                        + name + " (" + addressKey(name) + "): a reset or lagging node, or the wrong chain");
            }
            return configured.get();
        }
        chain.knownAddresses().remove(name);
        try {
            return addressOf(name);
        } catch (IllegalStateException missing) {
            throw new TargetHaltedException(missing.getMessage());
        }
    }

    /** The chain was replaced (a reset dev chain): addresses are looked up again and every entry written again. */
    public void chainReset() {
        chain.knownAddresses().clear();
        int replayed = outbox.replayAll();
        LOG.warning(() -> "Replaying " + replayed + " outbox entries onto the reset chain");
    }

    /** Whether {@link #addressOf} can give an address without failing for want of configuration. */
    public boolean isConfiguredOrDeployable(String name) {
        return config.autoDeploy() || configured(name).isPresent();
    }

    /** Where the contract was deployed on this chain, if it was. */
    protected ContractDeployment recorded(String name) {
        return em.find(ContractDeployment.class, new ContractDeployment.Key(config.chainId(), name));
    }

    protected void record(ContractDeployment deployment) {
        em.persist(deployment);
    }

    private boolean hasCode(String address) throws IOException {
        String code = chain.web3j().ethGetCode(address, DefaultBlockParameterName.LATEST).send().getCode();
        return code != null && code.length() > 2;
    }

    private Optional<String> configured(String name) {
        return switch (name) {
            case ContractArtifact.GOVERNANCE_LEDGER -> config.governanceLedgerAddress();
            case ContractArtifact.ANCHOR_REGISTRY -> config.anchorRegistryAddress();
            case ContractArtifact.NODE_REGISTRY -> config.nodeRegistryAddress();
            default -> Optional.empty();
        };
    }

    private static String addressKey(String name) {
        return switch (name) {
            case ContractArtifact.ANCHOR_REGISTRY -> "guildhall.chain.anchor-registry-address";
            case ContractArtifact.NODE_REGISTRY -> "guildhall.chain.node-registry-address";
            default -> "guildhall.chain.governance-ledger-address";
        };
    }
}
