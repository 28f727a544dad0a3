package org.guildhall.portal.proposals;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.guildhall.proposals.proposal.boundary.Proposals;
import org.guildhall.proposals.proposal.entity.Proposal;

/** The public list of proposals. */
@Named
@ViewScoped
public class ProposalListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Proposals proposals;

    private List<Proposal> all;

    @PostConstruct
    void load() {
        all = proposals.all(0, 500);
    }

    public List<Proposal> getAll() {
        return all;
    }
}
