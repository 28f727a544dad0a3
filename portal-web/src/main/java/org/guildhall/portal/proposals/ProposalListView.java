package org.guildhall.portal.proposals;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.guildhall.portal.shell.CurrentUser;
import org.guildhall.proposals.document.entity.ProposalType;
import org.guildhall.proposals.proposal.boundary.Proposals;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.proposals.proposal.entity.ProposalFilter;
import org.guildhall.proposals.proposal.entity.ProposalStatus;
import org.guildhall.proposals.track.entity.DecisionKind;

/** The public list of proposals: filtered by status, type, track and author, loaded a page at a time. */
@Named
@ViewScoped
public class ProposalListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_AUTHOR = 64;

    @Inject
    transient Proposals proposals;
    @Inject
    transient CurrentUser user;

    private ProposalStatus status;
    private ProposalType type;
    private DecisionKind kind;
    private String author;
    private final ProposalLazyModel model = new ProposalLazyModel(new Rows());

    /** The boundary behind the table, asked with the filter as it is when the table loads. */
    private final class Rows implements ProposalLazyModel.Source {

        private static final long serialVersionUID = 1L;

        @Override
        public ProposalFilter filter() {
            return getFilter();
        }

        @Override
        public List<Proposal> search(ProposalFilter filter, int first, int max) {
            return proposals.search(filter, first, max);
        }

        @Override
        public long count(ProposalFilter filter) {
            return proposals.count(filter);
        }
    }

    public ProposalFilter getFilter() {
        String name = author == null || author.isBlank() ? null : author.strip();
        return new ProposalFilter(status, type, kind,
                name == null ? null : name.substring(0, Math.min(MAX_AUTHOR, name.length())));
    }

    public void clear() {
        status = null;
        type = null;
        kind = null;
        author = null;
    }

    public boolean isFiltered() {
        return !getFilter().equals(ProposalFilter.ALL);
    }

    /** Whether the user may draft: anyone with a voice in the federation (as the boundary allows). */
    public boolean isCanDraft() {
        return user.hasRole("member-rep") || user.hasRole("community") || user.hasRole("reviewer");
    }

    public ProposalStatus[] getStatuses() { return ProposalStatus.values(); }
    public ProposalType[] getTypes() { return ProposalType.values(); }
    public ProposalLazyModel getModel() { return model; }
    public ProposalStatus getStatus() { return status; }
    public void setStatus(ProposalStatus status) { this.status = status; }
    public ProposalType getType() { return type; }
    public void setType(ProposalType type) { this.type = type; }
    public DecisionKind getKind() { return kind; }
    public void setKind(DecisionKind kind) { this.kind = kind; }
    public String getAuthor() { return author; }
    public void setAuthor(String author) { this.author = author; }
}
