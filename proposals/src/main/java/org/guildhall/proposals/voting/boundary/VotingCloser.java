package org.guildhall.proposals.voting.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closes rounds whose period has ended, every few seconds. Each round closes in its own transaction;
 * when two portal instances race, the row lock and the unique decision per round let exactly one of
 * them decide.
 */
@Singleton
public class VotingCloser {

    private static final Logger LOG = Logger.getLogger(VotingCloser.class.getName());

    @Inject
    RoundClosing closing;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void closeEndedVotes() {
        for (UUID id : closing.due()) {
            try {
                closing.close(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not close vote " + id + "; will try again", e);
            }
        }
    }
}
