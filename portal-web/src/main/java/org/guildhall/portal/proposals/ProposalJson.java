package org.guildhall.portal.proposals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.guildhall.proposals.proposal.entity.Comment;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.proposals.proposal.entity.Revision;
import org.guildhall.proposals.proposal.entity.StatusChange;

/** The API's view of proposals and what hangs off them: records, never entities. */
final class ProposalJson {

    private ProposalJson() {
    }

    /** A proposal with its preamble, text and service-level dates. */
    public record ProposalView(UUID id, Integer number, String title, String description, List<String> authors,
                               String discussionsTo, String type, String category, List<Integer> requires,
                               LocalDate created, String status, String decisionKind, String action, String body,
                               String author, UUID authorOrganisation, int revision, Instant createdAt,
                               Instant submittedAt, Instant firstReviewDue, Instant firstReviewedAt,
                               Instant lastCallEndsAt, Instant lastActivityAt) {
        static ProposalView of(Proposal p) {
            return new ProposalView(p.getId(), p.getNumber(), p.getTitle(), p.getDescription(), p.getAuthors(),
                    p.getDiscussionsTo(), p.getType().name(), p.getCategory() == null ? null : p.getCategory().name(),
                    p.getRequires(), p.getCreatedOn(), p.getStatus().slug(),
                    p.getDecisionKind() == null ? null : p.getDecisionKind().name(), p.getAction(), p.getBody(),
                    p.getAuthor(), p.getAuthorOrganisation(), p.getRevision(), p.getCreatedAt(), p.getSubmittedAt(),
                    p.getFirstReviewDue(), p.getFirstReviewedAt(), p.getLastCallEndsAt(), p.getLastActivityAt());
        }
    }

    /** A list entry: the preamble without the body. */
    public record ProposalSummary(UUID id, Integer number, String title, String description, String type,
                                  String category, String status, String decisionKind, String author, Instant createdAt) {
        static ProposalSummary of(Proposal p) {
            return new ProposalSummary(p.getId(), p.getNumber(), p.getTitle(), p.getDescription(), p.getType().name(),
                    p.getCategory() == null ? null : p.getCategory().name(), p.getStatus().slug(),
                    p.getDecisionKind() == null ? null : p.getDecisionKind().name(), p.getAuthor(), p.getCreatedAt());
        }
    }

    public record Page(long total, int first, int max, List<ProposalSummary> items) {
    }

    /** A draft waiting for an editor, with how long it has waited and whether its deadline has passed. */
    public record QueueEntry(UUID id, String title, String author, Instant submittedAt, Instant firstReviewDue,
                             long waitedHours, boolean overdue) {
        static QueueEntry of(Proposal p, Instant now) {
            return new QueueEntry(p.getId(), p.getTitle(), p.getAuthor(), p.getSubmittedAt(), p.getFirstReviewDue(),
                    Duration.between(p.getSubmittedAt(), now).toHours(), now.isAfter(p.getFirstReviewDue()));
        }
    }

    public record RevisionView(int number, String title, String editedBy, Instant editedAt, boolean normative) {
        static RevisionView of(Revision r) {
            return new RevisionView(r.getNumber(), r.getTitle(), r.getEditedBy(), r.getEditedAt(), r.isNormative());
        }
    }

    public record StatusChangeView(String from, String to, String by, Instant at, String reason) {
        static StatusChangeView of(StatusChange c) {
            return new StatusChangeView(c.getFrom() == null ? null : c.getFrom().slug(), c.getTo().slug(),
                    c.getChangedBy(), c.getChangedAt(), c.getReason());
        }
    }

    public record CommentView(UUID id, UUID parentId, String author, String body, Instant createdAt) {
        static CommentView of(Comment c) {
            return new CommentView(c.getId(), c.getParentId(), c.getAuthor(), c.getBody(), c.getCreatedAt());
        }
    }

    /** {@code STANDARDS_TRACK} → {@code standards-track}. */
    static String slug(String name) {
        return name.toLowerCase().replace('_', '-');
    }

    /** {@code standards-track} or {@code STANDARDS_TRACK} → the enum constant's name. */
    static String constant(String slug) {
        return slug.strip().toUpperCase().replace('-', '_');
    }
}
