package org.guildhall.portal.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.guildhall.proposals.proposal.boundary.Proposals;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.proposals.proposal.entity.ProposalFilter;
import org.guildhall.proposals.proposal.entity.ProposalStatus;
import org.guildhall.registry.membership.boundary.Memberships;

/** What a signed-in user sees first: their organisation, votes open now, work waiting for them. */
@Named
@RequestScoped
public class DashboardView {

    @Inject
    CurrentUser user;
    @Inject
    Proposals proposals;
    @Inject
    Memberships memberships;

    private List<Proposal> open;

    public List<Proposal> getOpenVotes() {
        if (open == null) {
            open = proposals.search(new ProposalFilter(ProposalStatus.LAST_CALL, null, null, null), 0, 100).stream()
                    .filter(Proposal::isVotedOn).toList();
        }
        return open;
    }

    public int getPendingApplications() {
        return user.isAdmin() ? memberships.pending().size() : 0;
    }

    public int getMemberCount() {
        return memberships.members().size();
    }
}
