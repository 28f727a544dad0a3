package org.guildhall.portal.proposals;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.guildhall.proposals.proposal.boundary.Proposals;
import org.guildhall.proposals.proposal.entity.Proposal;

/** The editors' queue: drafts waiting for their first review, oldest first, with the ones past their deadline marked. */
@Named
@ViewScoped
public class EditorQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A draft in the queue, and whether its first review is overdue. */
    public record Entry(Proposal proposal, boolean overdue) {
    }

    @Inject
    transient Proposals proposals;
    @Inject
    transient Clock clock;

    private List<Entry> entries;

    @PostConstruct
    void load() {
        Instant now = Instant.now(clock);
        entries = proposals.editorQueue().stream()
                .map(p -> new Entry(p, p.getFirstReviewDue() != null && now.isAfter(p.getFirstReviewDue()))).toList();
    }

    public long getOverdueCount() {
        return entries.stream().filter(Entry::overdue).count();
    }

    public List<Entry> getEntries() { return entries; }
}
