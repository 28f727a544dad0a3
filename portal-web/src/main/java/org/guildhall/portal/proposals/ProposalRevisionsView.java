package org.guildhall.portal.proposals;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.guildhall.portal.shell.Messages;
import org.guildhall.proposals.document.boundary.ProposalRendering;
import org.guildhall.proposals.document.entity.DiffLine;
import org.guildhall.proposals.document.entity.LineChange;
import org.guildhall.proposals.proposal.boundary.Proposals;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.proposals.proposal.entity.Revision;

/** A proposal's revisions, and the difference between any two of them (preamble and body, line by line). */
@Named
@ViewScoped
public class ProposalRevisionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProposalDetailView detail;
    @Inject
    transient Proposals proposals;
    @Inject
    transient ProposalRendering rendering;

    private UUID proposalId;
    private List<Revision> revisions = List.of();
    private Integer from;
    private Integer to;
    private List<DiffLine> diff;
    private boolean changesOnly;

    @PostConstruct
    void load() {
        Proposal proposal = detail.getProposal();
        if (proposal == null) {
            return;
        }
        proposalId = proposal.getId();
        revisions = proposals.revisions(proposalId);
        if (revisions.size() > 1) {
            to = revisions.get(0).getNumber();
            from = revisions.get(1).getNumber();
        }
    }

    /** Compares the two chosen revisions, older to newer whichever order they were picked in. */
    public void compare() {
        if (from == null || to == null) {
            return;
        }
        Revision older = revision(Math.min(from, to));
        Revision newer = revision(Math.max(from, to));
        if (older == null || newer == null) {
            Messages.error("revisions.unknown");
            diff = null;
            return;
        }
        diff = rendering.diff(older.asText(), newer.asText());
    }

    private Revision revision(int number) {
        return revisions.stream().filter(r -> r.getNumber() == number).findFirst()
                .orElseGet(() -> proposals.revision(proposalId, number).orElse(null));
    }

    /** The lines to show: all, or only the changed ones. */
    public List<DiffLine> getLines() {
        if (diff == null) {
            return List.of();
        }
        return changesOnly ? diff.stream().filter(l -> l.change() != LineChange.UNCHANGED).toList() : diff;
    }

    public boolean isCompared() {
        return diff != null;
    }

    public long getAdded() {
        return diff == null ? 0 : diff.stream().filter(l -> l.change() == LineChange.ADDED).count();
    }

    public long getRemoved() {
        return diff == null ? 0 : diff.stream().filter(l -> l.change() == LineChange.REMOVED).count();
    }

    /** The CSS class of a diff line: gh-diff-added, gh-diff-removed, gh-diff-unchanged. */
    public String lineClass(DiffLine line) {
        return "gh-diff-" + line.change().name().toLowerCase();
    }

    /** The sign in front of a diff line, as in a unified diff. */
    public String sign(DiffLine line) {
        return switch (line.change()) {
            case ADDED -> "+";
            case REMOVED -> "−";
            case UNCHANGED -> " ";
        };
    }

    /** The older of the two chosen revisions (for the unified diff link). */
    public Integer getOlder() {
        return from == null || to == null ? from : Integer.valueOf(Math.min(from, to));
    }

    public Integer getNewer() {
        return from == null || to == null ? to : Integer.valueOf(Math.max(from, to));
    }

    public List<Revision> getRevisions() { return revisions; }
    public Integer getFrom() { return from; }
    public void setFrom(Integer from) { this.from = from; }
    public Integer getTo() { return to; }
    public void setTo(Integer to) { this.to = to; }
    public boolean isChangesOnly() { return changesOnly; }
    public void setChangesOnly(boolean changesOnly) { this.changesOnly = changesOnly; }
}
