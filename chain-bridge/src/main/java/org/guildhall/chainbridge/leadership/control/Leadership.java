package org.guildhall.chainbridge.leadership.control;

import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * One instance's side of the leadership: each {@link #tick()} takes the lock if it is free, or checks that it is
 * still held, and says what changed. The caller starts or stops the bridge's routes accordingly.
 */
public class Leadership {

    /** What a tick changed. */
    public enum Change { NONE, ACQUIRED, LOST }

    private static final Logger LOG = Logger.getLogger(Leadership.class.getName());

    private final LeaderSettings settings;
    private final LeaderEpoch epoch;
    private final String instance;
    private AdvisoryLock lock;
    private String lastFailure;

    public Leadership(LeaderSettings settings, LeaderEpoch epoch, String instance) {
        this.settings = settings;
        this.epoch = epoch;
        this.instance = instance;
    }

    public synchronized Change tick() {
        if (lock != null) {
            if (lock.stillHeld()) {
                return Change.NONE;
            }
            LOG.warning(() -> instance + " lost the chain bridge's lock (its database session ended)");
            release();
            return Change.LOST;
        }
        try {
            Optional<AdvisoryLock> taken = AdvisoryLock.tryAcquire(settings.url(), settings.user(), settings.password(),
                    AdvisoryLock.BRIDGE_KEY, settings.idleTimeoutSeconds());
            if (taken.isEmpty()) {
                lastFailure = null;
                return Change.NONE;
            }
            long next;
            try {
                next = taken.get().takeOver(instance);
            } catch (SQLException e) {
                taken.get().close();
                throw e;
            }
            lock = taken.get();
            epoch.lead(next);
            lastFailure = null;
            LOG.info(() -> instance + " now drives the chain bridge (epoch " + next + ")");
            return Change.ACQUIRED;
        } catch (SQLException e) {
            if (!String.valueOf(e.getMessage()).equals(lastFailure)) {
                LOG.warning(() -> "Could not try the chain bridge's lock: " + e.getMessage());
            }
            lastFailure = String.valueOf(e.getMessage());
            return Change.NONE;
        }
    }

    public synchronized boolean isLeader() {
        return lock != null;
    }

    /** Gives the lock up (shutdown): another instance takes over at its next try. */
    public synchronized void release() {
        epoch.follow();
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }
}
