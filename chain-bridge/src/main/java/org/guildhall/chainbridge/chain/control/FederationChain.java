package org.guildhall.chainbridge.chain.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Logger;
import org.guildhall.chainbridge.signing.control.HsmKeys;
import org.guildhall.chainbridge.signing.control.HsmTransactionSigner;
import org.guildhall.chainbridge.signing.control.Pkcs11Token;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.Web3jService;
import org.web3j.protocol.http.HttpService;

/**
 * The connection to the target chain and the federation signer. The HSM is opened on first use
 * (and again after a failure), so the portal starts even while the token is unreachable and
 * reports it through readiness instead.
 */
@ApplicationScoped
public class FederationChain {

    private static final Logger LOG = Logger.getLogger(FederationChain.class.getName());

    @Inject
    ChainBridgeConfig config;

    private Web3j web3j;
    private Web3jService service;
    private ScheduledExecutorService polling;
    private static final java.time.Duration RETRY_OPEN_AFTER = java.time.Duration.ofSeconds(30);
    private volatile HsmTransactionSigner signer;
    private String lastOpenFailure;
    private Instant lastOpenFailureAt;
    private final Map<String, String> knownAddresses = new ConcurrentHashMap<>();

    @PostConstruct
    void connect() {
        polling = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "guildhall-web3j-polling");
            thread.setDaemon(true);
            return thread;
        });
        service = new HttpService(config.rpcUrl());
        web3j = Web3j.build(service, config.pollIntervalMs(), polling);
    }

    @PreDestroy
    void disconnect() {
        web3j.shutdown();
        polling.shutdownNow();
    }

    public Web3j web3j() {
        return web3j;
    }

    /** The connection itself, for the node's own methods that web3j has no call for (a dev chain's hardhat_*). */
    public Web3jService web3jService() {
        return service;
    }

    public long chainId() {
        return config.chainId();
    }

    /**
     * The federation's transaction signer, its key inside the HSM. A failed opening is not retried for
     * {@link #RETRY_OPEN_AFTER}, so a wrong PIN is not tried again and again (an HSM locks a PIN after
     * a few failures).
     */
    public HsmTransactionSigner signer() {
        HsmTransactionSigner current = signer;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (signer != null) {
                return signer;
            }
            if (lastOpenFailure != null && Instant.now().isBefore(lastOpenFailureAt.plus(RETRY_OPEN_AFTER))) {
                throw new IllegalStateException("The HSM could not be opened (" + lastOpenFailure
                        + "); next try after " + lastOpenFailureAt.plus(RETRY_OPEN_AFTER));
            }
            try {
                signer = open();
                lastOpenFailure = null;
                return signer;
            } catch (RuntimeException e) {
                lastOpenFailure = e.getMessage();
                lastOpenFailureAt = Instant.now();
                LOG.severe(() -> "The HSM could not be opened: " + e.getMessage());
                throw e;
            }
        }
    }

    /** Forgets the open signer after a failure in the token, so that the next use opens it again. */
    public synchronized void resetSigner() {
        signer = null;
    }

    private HsmTransactionSigner open() {
        Pkcs11Token token = Pkcs11Token.open(config.hsmSettings());
        if (config.createMissingKeys()) {
            new HsmKeys(token).ensureSecp256k1Key(config.txKeyAlias());
        }
        HsmTransactionSigner opened = new HsmTransactionSigner(token, config.txKeyAlias());
        LOG.info(() -> "Federation signer " + opened.getAddress() + " ready (key " + config.txKeyAlias() + " in the HSM)");
        return opened;
    }

    /** The signer's address if the HSM has been opened, without opening it. */
    public java.util.Optional<String> signerAddressIfOpen() {
        return java.util.Optional.ofNullable(signer).map(HsmTransactionSigner::getAddress);
    }

    Map<String, String> knownAddresses() {
        return knownAddresses;
    }
}
