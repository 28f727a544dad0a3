package org.guildhall.chainbridge.chain.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.DefaultBlockParameterNumber;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.VoidResponse;

/**
 * Watches the target chain before anything is written to it, at most once per watch interval: the chain is still
 * the one written to before (its genesis block), and every contract still has code where it lives. A dev chain that
 * was reset under the running bridge gets its contracts again, its outbox replayed and (being a dev chain) its
 * signer funded; any other chain halts the bridge with the reason, until the watch finds it well again. Without this
 * a call to an address without code would be mined with status 1 and no effect.
 */
@ApplicationScoped
public class ChainWatch {

    private static final Logger LOG = Logger.getLogger(ChainWatch.class.getName());
    private static final List<String> CONTRACTS = List.of(ContractArtifact.GOVERNANCE_LEDGER,
            ContractArtifact.ANCHOR_REGISTRY, ContractArtifact.NODE_REGISTRY);
    private static final BigInteger DEV_FUNDS = BigInteger.TEN.pow(20);

    @Inject
    FederationChain chain;
    @Inject
    ContractDirectory contracts;
    @Inject
    ChainBridgeConfig config;
    @Inject
    Clock clock;

    private volatile Instant nextCheck = Instant.MIN;
    private volatile String genesis;
    private volatile String haltedReason;

    /**
     * Returns when writing is safe, checking the chain first if the last check is older than the interval.
     *
     * @throws TargetHaltedException when it is not (the reason says why)
     * @throws IOException           when the node cannot be asked
     */
    public void ensureWritable() throws IOException {
        if (Instant.now(clock).isBefore(nextCheck)) {
            if (haltedReason != null) {
                throw new TargetHaltedException(haltedReason);
            }
            return;
        }
        checkNow();
    }

    /** Checks the chain now, whatever the interval; a receipt without its expected event calls this. */
    public synchronized void checkNow() throws IOException {
        nextCheck = Instant.now(clock).plus(config.watchInterval());
        try {
            checkGenesis();
            if (config.devChain()) {
                fundDevSigner();
            }
            for (String contract : CONTRACTS) {
                if (contracts.isConfiguredOrDeployable(contract)) {
                    contracts.verifiedAddressOf(contract);
                }
            }
            if (haltedReason != null) {
                LOG.info(() -> "The chain bridge writes to chain " + config.chainId() + " again");
            }
            haltedReason = null;
        } catch (TargetHaltedException halted) {
            if (!halted.getMessage().equals(haltedReason)) {
                LOG.severe(() -> "The chain bridge stops writing to chain " + config.chainId() + ": " + halted.getMessage());
            }
            haltedReason = halted.getMessage();
            throw halted;
        } catch (IOException | RuntimeException unavailable) {
            nextCheck = Instant.MIN;
            throw unavailable;
        }
    }

    /** Why the bridge does not write now, if it does not. */
    public Optional<String> haltedReason() {
        return Optional.ofNullable(haltedReason);
    }

    private void checkGenesis() throws IOException {
        EthBlock.Block block = chain.web3j().ethGetBlockByNumber(new DefaultBlockParameterNumber(0), false).send().getBlock();
        if (block == null) {
            throw new IOException("The node does not serve the genesis block");
        }
        String seen = block.getHash();
        String before = genesis;
        if (before == null || before.equals(seen)) {
            genesis = seen;
            return;
        }
        if (!config.devChain()) {
            throw new TargetHaltedException("The node now serves another chain (genesis " + seen + ", was " + before
                    + "); nothing is written until an operator checks the configuration");
        }
        LOG.warning(() -> "The dev chain was reset (genesis " + seen + ", was " + before + "): its contracts are"
                + " looked up again and the outbox replayed");
        contracts.chainReset();
        genesis = seen;
    }

    private void fundDevSigner() throws IOException {
        String signer = chain.signer().getAddress();
        BigInteger balance = chain.web3j().ethGetBalance(signer, DefaultBlockParameterName.LATEST).send().getBalance();
        if (balance.signum() > 0) {
            return;
        }
        VoidResponse funded = new Request<>("hardhat_setBalance", List.of(signer, "0x" + DEV_FUNDS.toString(16)),
                chain.web3jService(), VoidResponse.class).send();
        if (funded.hasError()) {
            LOG.warning(() -> "The dev chain's signer " + signer + " has no funds and could not be funded: "
                    + funded.getError().getMessage());
        } else {
            LOG.info(() -> "The dev chain's signer " + signer + " had no funds: funded with 100 ether");
        }
    }
}
