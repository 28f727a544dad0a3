package org.guildhall.registry.audit.boundary;

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
import org.guildhall.registry.audit.control.AuditConfig;
import org.guildhall.registry.audit.control.AuditLinker;

/**
 * Links new audit records to the hash chain every {@code guildhall.audit.chain-seconds}, and seals its head
 * for anchoring every {@code guildhall.audit.anchor-minutes} (both configured, so the timer is created at
 * start-up). Each round is its own transaction; a backlog larger than one round is linked round after
 * round at once. Several portal instances may run it together: an advisory lock makes them take turns.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class AuditChaining {

    private static final Logger LOG = Logger.getLogger(AuditChaining.class.getName());
    /** Bounds one timeout, so that a flood of records cannot keep the timer thread forever. */
    static final int MAX_ROUNDS = 10;

    @Resource
    TimerService timers;
    @Inject
    AuditConfig config;
    @Inject
    AuditChain chain;

    @PostConstruct
    void schedule() {
        long interval = config.chainInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("audit.chain", false));
        LOG.info(() -> "Audit records are linked to the hash chain every " + config.chainInterval().toSeconds()
                + " s; its head is sealed for anchoring every " + config.anchorInterval().toMinutes() + " min");
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void linkPending() {
        try {
            for (int round = 0; round < MAX_ROUNDS; round++) {
                if (chain.linkPending() < AuditLinker.MAX_PER_ROUND) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not link audit records to the hash chain; will try again", e);
        }
    }
}
