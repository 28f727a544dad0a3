package org.guildhall.proposals.proposal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The service levels of the improvement process; every key of this context lives here. */
@ApplicationScoped
public class ProposalsConfig {

    /** How long a submitted draft may wait for its first review by an editor. */
    @Inject
    @ConfigProperty(name = "guildhall.proposals.first-review-days", defaultValue = "14")
    int firstReviewDays;

    /** Inactivity after which a draft, review or last call becomes stagnant. */
    @Inject
    @ConfigProperty(name = "guildhall.proposals.stagnant-after-days", defaultValue = "180")
    int stagnantAfterDays;

    /** The length of a last call for proposals that are not voted on (Informational). */
    @Inject
    @ConfigProperty(name = "guildhall.proposals.last-call-days", defaultValue = "14")
    int lastCallDays;

    public Duration firstReview() {
        return Duration.ofDays(firstReviewDays);
    }

    public Duration stagnantAfter() {
        return Duration.ofDays(stagnantAfterDays);
    }

    public Duration lastCall() {
        return Duration.ofDays(lastCallDays);
    }
}
