package org.guildhall.proposals.proposal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An improvement proposal and the rules of its lifecycle. */
@Entity
@Table(name = "proposal", schema = "proposals")
@NamedQuery(name = "Proposal.findAll", query = "select p from Proposal p order by p.createdAt desc")
@NamedQuery(name = "Proposal.findDueForClosing",
        query = "select p.id from Proposal p where p.status = org.guildhall.proposals.proposal.entity.ProposalStatus.VOTING"
                + " and p.votingEndsAt <= :now order by p.votingEndsAt")
public class Proposal {

    public static final int MAX_BODY = 100_000;
    public static final Duration SHORTEST_VOTE = Duration.ofMinutes(1);
    public static final Duration LONGEST_VOTE = Duration.ofDays(90);

    @Id
    private UUID id;
    private String title;
    private String summary;
    private String body;
    private String author;
    @Column(name = "author_organisation")
    private UUID authorOrganisation;
    @Enumerated(EnumType.STRING)
    private ProposalStatus status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "voting_opened_by")
    private String votingOpenedBy;
    @Column(name = "voting_starts_at")
    private Instant votingStartsAt;
    @Column(name = "voting_ends_at")
    private Instant votingEndsAt;
    @Version
    private long version;

    protected Proposal() {
    }

    private Proposal(ProposalDraft draft, String author, UUID organisation, Instant at) {
        this.id = UUID.randomUUID();
        this.title = draft.title().strip();
        this.summary = draft.summary().strip();
        this.body = draft.body();
        this.author = Objects.requireNonNull(author);
        this.authorOrganisation = Objects.requireNonNull(organisation);
        this.status = ProposalStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(at);
    }

    public static Proposal draft(ProposalDraft draft, String author, UUID organisation, Instant at) {
        return new Proposal(draft, author, organisation, at);
    }

    /** Opens the vote from {@code start} for {@code period}; only a draft can be put to a vote. */
    public void openVoting(String admin, Instant start, Duration period) {
        if (status != ProposalStatus.DRAFT) {
            throw new ProposalException(ProposalException.Reason.CONFLICT,
                    "Only a draft can be put to a vote; this proposal is " + status + ".");
        }
        if (period.compareTo(SHORTEST_VOTE) < 0 || period.compareTo(LONGEST_VOTE) > 0) {
            throw new ProposalException(ProposalException.Reason.INVALID,
                    "A voting period lasts between 1 minute and 90 days.");
        }
        Objects.requireNonNull(admin);
        Objects.requireNonNull(start);
        this.status = ProposalStatus.VOTING;
        this.votingOpenedBy = admin;
        this.votingStartsAt = start;
        this.votingEndsAt = start.plus(period);
    }

    public boolean acceptsBallotsAt(Instant at) {
        return status == ProposalStatus.VOTING && !at.isBefore(votingStartsAt) && at.isBefore(votingEndsAt);
    }

    /** Refuses a ballot outside the voting period, with the reason. */
    public void requireOpenAt(Instant at) {
        if (acceptsBallotsAt(at)) {
            return;
        }
        String why = switch (status) {
            case DRAFT -> "Voting on this proposal has not been opened.";
            case DECIDED -> "Voting on this proposal has closed.";
            case VOTING -> at.isBefore(votingStartsAt) ? "Voting on this proposal has not started yet."
                    : "Voting on this proposal has closed.";
        };
        throw new ProposalException(ProposalException.Reason.CONFLICT, why);
    }

    public boolean isDueForClosingAt(Instant at) {
        return status == ProposalStatus.VOTING && !at.isBefore(votingEndsAt);
    }

    /** Records that the vote was counted; only once, and only after the period ended. */
    public void markDecided(Instant at) {
        if (!isDueForClosingAt(at)) {
            throw new ProposalException(ProposalException.Reason.CONFLICT,
                    "The vote on this proposal cannot be closed now (" + status + ").");
        }
        this.status = ProposalStatus.DECIDED;
    }

    public UUID getId() { return id; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getBody() { return body; }
    public String getAuthor() { return author; }
    public UUID getAuthorOrganisation() { return authorOrganisation; }
    public ProposalStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public String getVotingOpenedBy() { return votingOpenedBy; }
    public Instant getVotingStartsAt() { return votingStartsAt; }
    public Instant getVotingEndsAt() { return votingEndsAt; }
}
