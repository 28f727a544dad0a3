package org.guildhall.onboarding.application.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.guildhall.onboarding.application.entity.ApplicationCheck;
import org.guildhall.onboarding.application.entity.ApplicationEvent;
import org.guildhall.onboarding.application.entity.CheckOutcome;
import org.guildhall.onboarding.application.entity.CheckResult;
import org.guildhall.onboarding.application.entity.NodeApplication;
import org.guildhall.onboarding.nodetype.entity.NodeType;

/**
 * Submits an application: runs its checks as the next round, records every result, and sends it to
 * the reviewers when no blocking check failed. Either way the round and a history entry are kept.
 */
@ApplicationScoped
public class ApplicationSubmission {

    @PersistenceContext(unitName = "onboarding")
    EntityManager em;
    @Inject
    ApplicationChecks checks;

    /** @return the blocking checks that failed; empty when the application was submitted */
    public List<CheckResult> submit(NodeApplication application, NodeType type, String organisationName, String actor,
                                    Instant at) {
        int round = application.nextRound();
        List<CheckResult> results = checks.run(application, type, organisationName);
        results.forEach(result -> em.persist(new ApplicationCheck(application.getId(), round, result, at)));
        List<CheckResult> failed = results.stream().filter(CheckResult::stopsSubmission).toList();
        if (!failed.isEmpty()) {
            em.persist(new ApplicationEvent(application.getId(), actor, "checks-failed",
                    failed.size() + " blocking check(s) failed in round " + round + ".", at));
            return failed;
        }
        application.submit(at);
        long advisory = results.stream().filter(r -> !r.blocking() && r.outcome() != CheckOutcome.PASSED).count();
        em.persist(new ApplicationEvent(application.getId(), actor, "submitted", "Round " + round
                + ": all blocking checks passed" + (advisory == 0 ? "." : "; " + advisory + " advisory check(s) failed."), at));
        return List.of();
    }
}
