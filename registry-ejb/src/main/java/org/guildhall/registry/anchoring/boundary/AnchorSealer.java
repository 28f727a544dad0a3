package org.guildhall.registry.anchoring.boundary;

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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.guildhall.registry.anchoring.control.AnchoringConfig;

/**
 * Seals pending leaves every {@code guildhall.anchoring.seal-seconds} (the proposals' jobs run on fixed
 * {@code @Schedule}s; this interval is configured, so the timer is created at start-up). Each batch is
 * sealed in its own transaction; a backlog larger than one batch is sealed batch after batch at once.
 * Several portal instances may run it together: the row locks let each leaf into one batch only.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class AnchorSealer {

    private static final Logger LOG = Logger.getLogger(AnchorSealer.class.getName());
    /** Bounds one round, so that a flood of changes cannot keep the timer thread forever. */
    static final int MAX_BATCHES_PER_ROUND = 16;

    @Resource
    TimerService timers;
    @Inject
    AnchoringConfig config;
    @Inject
    RegistryAnchoring anchoring;

    @PostConstruct
    void schedule() {
        long interval = config.sealInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("anchoring.seal", false));
        LOG.info(() -> "Registry changes are sealed for anchoring every " + config.sealInterval().toSeconds() + " s");
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sealPending() {
        try {
            int max = config.maxBatchSize();
            for (int round = 0; round < MAX_BATCHES_PER_ROUND; round++) {
                if (anchoring.sealPending() < max) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not seal pending registry changes; will try again", e);
        }
    }
}
