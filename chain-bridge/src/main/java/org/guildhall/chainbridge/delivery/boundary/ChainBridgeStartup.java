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
 * Builds the bridge's Camel context once the schema is migrated, with its routes stopped: they run only while
 * this instance leads the bridge ({@link org.guildhall.chainbridge.leadership.boundary.BridgeLeadership}).
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
            camel.addRoutes(new OutboxRoute(delivery, false));
            camel.start();
            LOG.info(() -> "Chain bridge ready for " + config.rpcUrl() + " (chain " + config.chainId() + ");"
                    + " it delivers while this instance leads it");
        } catch (Exception e) {
            throw new IllegalStateException("The chain bridge could not start", e);
        }
    }

    /** This instance leads the bridge now: its outbox route starts polling. */
    public void startDelivery() {
        try {
            camel.getRouteController().startRoute(OutboxRoute.ID);
            LOG.info(() -> "Chain bridge delivering to " + config.rpcUrl() + " (chain " + config.chainId() + ")");
        } catch (Exception e) {
            throw new IllegalStateException("The chain bridge's route could not start", e);
        }
    }

    /** This instance no longer leads the bridge: the route stops, letting a step in progress finish. */
    public void stopDelivery() {
        try {
            camel.getRouteController().stopRoute(OutboxRoute.ID, 10, java.util.concurrent.TimeUnit.SECONDS);
            LOG.info("Chain bridge delivery stopped on this instance");
        } catch (Exception e) {
            LOG.warning(() -> "The chain bridge's route did not stop cleanly: " + e);
        }
    }

    @PreDestroy
    void stop() {
        if (camel != null) {
            camel.stop();
        }
    }
}
