package org.guildhall.chainbridge.leadership.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.guildhall.chainbridge.delivery.boundary.ChainBridgeStartup;
import org.guildhall.chainbridge.leadership.control.LeaderEpoch;
import org.guildhall.chainbridge.leadership.control.LeaderSettings;
import org.guildhall.chainbridge.leadership.control.Leadership;

/**
 * Makes exactly one of the portal instances on a database drive the chain bridge. Every instance tries the lock
 * each check interval; the one that holds it starts the bridge's routes, and stops them the moment it finds its
 * lock gone. An instance killed with its lock frees it with its database session, and another takes over.
 */
@Singleton
@Startup
@DependsOn("ChainBridgeStartup")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BridgeLeadership {

    private static final Logger LOG = Logger.getLogger(BridgeLeadership.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    LeaderSettings settings;
    @Inject
    LeaderEpoch epoch;
    @Inject
    ChainBridgeStartup bridge;

    private Leadership leadership;
    private ScheduledFuture<?> ticks;

    @PostConstruct
    void start() {
        leadership = new Leadership(settings, epoch, instanceName());
        long every = settings.checkInterval().toMillis();
        ticks = scheduler.scheduleWithFixedDelay(this::tick, 0, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticks != null) {
            ticks.cancel(false);
        }
        if (leadership != null && leadership.isLeader()) {
            bridge.stopDelivery();
            leadership.release();
        }
    }

    /** Whether this instance drives the bridge now. */
    public boolean isLeader() {
        return leadership != null && leadership.isLeader();
    }

    private void tick() {
        try {
            switch (leadership.tick()) {
                case ACQUIRED -> bridge.startDelivery();
                case LOST -> bridge.stopDelivery();
                default -> { }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The chain bridge's leadership check failed; trying again", e);
        }
    }

    /** {@code pid@host} and the instance's HTTP port if Payara says it, so operators can tell instances apart. */
    private static String instanceName() {
        String name = ManagementFactory.getRuntimeMXBean().getName();
        String port = System.getProperty("payaramicro.port");
        return port == null ? name : name + ":" + port;
    }
}
