package org.guildhall.proposals.proposal.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Marks inactive drafts, reviews and last calls stagnant, every ten minutes. */
@Singleton
public class StagnationWatch {

    private static final Logger LOG = Logger.getLogger(StagnationWatch.class.getName());

    @Inject
    Proposals proposals;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void markStagnant() {
        try {
            int marked = proposals.markStagnant();
            if (marked > 0) {
                LOG.info(() -> marked + " proposals became stagnant");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not mark stagnant proposals; will try again", e);
        }
    }
}
