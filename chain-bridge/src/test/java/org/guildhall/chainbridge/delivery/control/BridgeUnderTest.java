package org.guildhall.chainbridge.delivery.control;

import java.math.BigInteger;
import java.time.Clock;
import java.util.Properties;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.guildhall.chainbridge.chain.control.ChainBridgeConfig;
import org.guildhall.chainbridge.chain.control.ChainControls;
import org.guildhall.chainbridge.chain.control.TransactionSender;
import org.guildhall.chainbridge.outbox.control.OutboxStore;
import org.guildhall.chainbridge.signing.control.HsmKeys;
import org.guildhall.chainbridge.signing.control.HsmTransactionSigner;
import org.guildhall.chainbridge.signing.control.Pkcs11Token;
import org.guildhall.chainbridge.testsupport.HardhatNode;
import org.guildhall.chainbridge.testsupport.SoftHsmFixture;

/**
 * The delivery ITs' shared scaffolding: a federation signer in the test token with funds on a Hardhat node,
 * and the bridge wired as {@link org.guildhall.chainbridge.delivery.boundary.ChainBridgeStartup} wires it.
 */
final class BridgeUnderTest {

    private BridgeUnderTest() {
    }

    /** A new secp256k1 key in the test token (alias {@code <prefix>-<random>}), funded with 100 ether on {@code node}. */
    static HsmTransactionSigner fundedSigner(HardhatNode node, String aliasPrefix) {
        Pkcs11Token token = new Pkcs11Token(SoftHsmFixture.settings());
        String alias = aliasPrefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        new HsmKeys(token).ensureSecp256k1Key(alias);
        HsmTransactionSigner signer = new HsmTransactionSigner(token, alias);
        node.setBalance(signer.getAddress(), HardhatNode.ETHER.multiply(BigInteger.valueOf(100)));
        return signer;
    }

    /** An outbox delivery over {@code chain}, as a freshly started process would have it. */
    static OutboxDelivery delivery(OutboxStore store, ChainBridgeConfig config, HsmBackedChain chain, Clock clock) {
        TransactionSender sender = ChainControls.sender(chain);
        OutboxDelivery delivery = new OutboxDelivery();
        delivery.store = store;
        delivery.contracts = ChainControls.directory(config, chain, sender);
        delivery.watch = ChainControls.watch(config, chain, delivery.contracts, clock);
        delivery.sender = sender;
        delivery.chain = chain;
        delivery.config = config;
        delivery.clock = clock;
        delivery.epoch = new org.guildhall.chainbridge.leadership.control.LeaderEpoch();
        return delivery;
    }

    /** A delivery onto a dev chain: contracts deployed by the bridge, records in memory, and the chain watched. */
    static OutboxDelivery devChainDelivery(OutboxStore store, ChainBridgeConfig config, HsmBackedChain chain, Clock clock) {
        TransactionSender sender = ChainControls.sender(chain);
        OutboxDelivery delivery = delivery(store, config, chain, clock);
        delivery.contracts = ChainControls.directory(config, chain, sender, store, clock);
        delivery.watch = ChainControls.watch(config, chain, delivery.contracts, clock);
        return delivery;
    }

    /** The outbox route with its error handling, polling every 200 ms; the caller stops the context. */
    static CamelContext startRoute(OutboxDelivery delivery) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        Properties properties = new Properties();
        properties.setProperty("guildhall.chain.poll-interval-ms", "200");
        camel.getPropertiesComponent().setInitialProperties(properties);
        camel.addRoutes(new BridgeErrorHandling(delivery));
        camel.addRoutes(new OutboxRoute(delivery));
        camel.start();
        return camel;
    }
}
