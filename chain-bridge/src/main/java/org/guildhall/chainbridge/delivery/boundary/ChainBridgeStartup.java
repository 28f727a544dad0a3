package org.guildhall.chainbridge.delivery.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.logging.Logger;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.guildhall.chainbridge.chain.control.ChainBridgeConfig;
import org.guildhall.chainbridge.delivery.control.BridgeErrorHandling;
import org.guildhall.chainbridge.delivery.control.OutboxDelivery;
import org.guildhall.chainbridge.delivery.control.OutboxRoute;

/**
 * Starts the bridge's Camel context once the schema is migrated, and stops it with the application.
 * Camel 4 has no CDI integration: the route builders get their CDI collaborators by constructor.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class ChainBridgeStartup {

    private static final Logger LOG = Logger.getLogger(ChainBridgeStartup.class.getName());

    @Inject
    ChainBridgeConfig config;
    @Inject
    OutboxDelivery delivery;

    private CamelContext camel;

    @PostConstruct
    void start() {
        try {
            camel = new DefaultCamelContext();
            camel.getCamelContextExtension().setName("guildhall-chain-bridge");
            Properties properties = new Properties();
            properties.setProperty("guildhall.chain.poll-interval-ms", Long.toString(config.pollIntervalMs()));
            camel.getPropertiesComponent().setInitialProperties(properties);
            camel.addRoutes(new BridgeErrorHandling(delivery));
            camel.addRoutes(new OutboxRoute(delivery));
            camel.start();
            LOG.info(() -> "Chain bridge started against " + config.rpcUrl() + " (chain " + config.chainId() + ")");
        } catch (Exception e) {
            throw new IllegalStateException("The chain bridge could not start", e);
        }
    }

    @PreDestroy
    void stop() {
        if (camel != null) {
            camel.stop();
        }
    }
}
