package org.guildhall.chainbridge.reconciliation.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.chainbridge.leadership.boundary.BridgeLeadership;

/** Reconciles every {@code guildhall.chain.reconcile-seconds} on the instance that leads the bridge. */
@Singleton
@Startup
@DependsOn("BridgeLeadership")
public class ReconciliationSchedule {

    private static final Logger LOG = Logger.getLogger(ReconciliationSchedule.class.getName());

    @Resource
    TimerService timers;
    @Inject
    @ConfigProperty(name = "guildhall.chain.reconcile-seconds", defaultValue = "60")
    long seconds;
    @Inject
    BridgeLeadership leadership;
    @Inject
    Reconciliation reconciliation;

    @PostConstruct
    void schedule() {
        long interval = Math.max(1, seconds) * 1000;
        timers.createIntervalTimer(interval, interval, new TimerConfig("chainbridge.reconcile", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void reconcile() {
        if (!leadership.isLeader()) {
            return;
        }
        try {
            reconciliation.run();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Reconciliation did not run: " + e.getMessage());
        }
    }
}
