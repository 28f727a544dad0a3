package org.guildhall.proposals.proposal.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.guildhall.proposals.document.entity.Category;
import org.guildhall.proposals.document.entity.Preamble;
import org.guildhall.proposals.document.entity.ProposalType;
import org.guildhall.proposals.track.entity.DecisionKind;

/**
 * An improvement proposal: its current text and where it stands. The entity decides which status
 * changes are allowed and who may ask for them; every change returns the record the timeline keeps.
 */
@Entity
@Table(name = "proposal", schema = "proposals")
@NamedQuery(name = "Proposal.findByNumber", query = "select p from Proposal p where p.number = :number")
@NamedQuery(name = "Proposal.countByNumbers", query = "select count(p) from Proposal p where p.number in :numbers")
@NamedQuery(name = "Proposal.findEditorQueue",
        query = "select p from Proposal p where p.status = org.guildhall.proposals.proposal.entity.ProposalStatus.DRAFT"
                + " and p.submittedAt is not null order by p.submittedAt, p.id")
@NamedQuery(name = "Proposal.findInactiveSince",
        query = "select p.id from Proposal p where p.status in :statuses and p.lastActivityAt < :since"
                + " order by p.lastActivityAt")
public class Proposal {

    public static final int MAX_BODY = 100_000;

    @Id
    private UUID id;
    private Integer number;
    private String title;
    private String description;
    private String body;
    private String author;
    @Column(name = "author_organisation")
    private UUID authorOrganisation;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "proposal_author", schema = "proposals", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    @Column(name = "author")
    private List<String> authors = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "proposal_requirement", schema = "proposals", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "required_number")
    private Set<Integer> requires = new LinkedHashSet<>();
    @Column(name = "discussions_to")
    private String discussionsTo;
    @Enumerated(EnumType.STRING)
    private ProposalType type;
    @Enumerated(EnumType.STRING)
    private Category category;
    @Enumerated(EnumType.STRING)
    @Column(name = "decision_kind")
    private DecisionKind decisionKind;
    private String action;
    @Enumerated(EnumType.STRING)
    private ProposalStatus status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_on")
    private LocalDate createdOn;
    private int revision;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "first_review_due")
    private Instant firstReviewDue;
    @Column(name = "first_reviewed_at")
    private Instant firstReviewedAt;
    @Column(name = "last_call_ends_at")
    private Instant lastCallEndsAt;
    @Column(name = "last_activity_at")
    private Instant lastActivityAt;
    @Version
    private long version;

    protected Proposal() {
    }

    private Proposal(ProposalDocument document, String author, UUID organisation, Instant at) {
        this.id = UUID.randomUUID();
        this.author = Objects.requireNonNull(author);
        this.authorOrganisation = organisation;
        this.status = ProposalStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(at);
        this.createdOn = LocalDate.ofInstant(at, ZoneOffset.UTC);
        this.revision = 1;
        this.lastActivityAt = at;
        write(document);
    }

    /** A new draft and its first revision. */
    public static Proposal draft(ProposalDocument document, String author, UUID organisation, Instant at) {
        return new Proposal(document, author, organisation, at);
    }

    public Revision firstRevision() {
        return new Revision(this, 1, author, createdAt, true);
    }

    /**
     * Replaces the text; the result is the new revision. A normative change during Last Call sends
     * the proposal back to Review (the caller gets the status change in {@link Edit#statusChange()}).
     *
     * @param normative whether the change alters what implementers must do (specification or normative preamble)
     */
    public Edit edit(ProposalDocument document, String editor, Actor actor, long expectedRevision, boolean normative,
                     Instant at) {
        requireActor(actor, Actor.AUTHOR);
        if (!status.isEditable()) {
            throw conflict("A " + status.slug() + " proposal can no longer be edited.");
        }
        if (expectedRevision != revision) {
            throw new ProposalException(ProposalException.Reason.CONFLICT, "edit-conflict", "The proposal was edited meanwhile (revision " + revision + ", you edited "
                    + expectedRevision + "); reload it and apply your change again.");
        }
        if (status != ProposalStatus.DRAFT && document.type() != type) {
            throw new ProposalException(ProposalException.Reason.INVALID,
                    "The type of a proposal is fixed once it is in review.");
        }
        write(document);
        revision++;
        lastActivityAt = at;
        StatusChange change = null;
        if (status == ProposalStatus.LAST_CALL && normative) {
            change = move(ProposalStatus.REVIEW, editor, at, "normative change during last call");
        }
        return new Edit(new Revision(this, revision, editor, at, normative), change);
    }

    /** What an edit produced. */
    public record Edit(Revision revision, StatusChange statusChange) {
    }

    /** The author asks an editor to review the draft: it joins the editor queue until an editor acts. */
    public void submitForReview(Instant at, Instant reviewDue) {
        if (status != ProposalStatus.DRAFT) {
            throw conflict("Only a draft is submitted for review; this proposal is " + status.slug() + ".");
        }
        if (submittedAt == null) {
            submittedAt = at;
            firstReviewDue = reviewDue;
        }
        lastActivityAt = at;
    }

    /**
     * Moves the proposal to another status.
     *
     * @param number the number to give the proposal when it enters Review for the first time
     *               (ignored otherwise; numbers are never reused)
     */
    public StatusChange moveTo(ProposalStatus target, String who, Actor actor, String reason, Instant at,
                               Integer number) {
        requireCanMove(target, actor);
        switch (target) {
            case REVIEW -> {
                if (this.number == null) {
                    this.number = Objects.requireNonNull(number, "number");
                }
                if (firstReviewedAt == null) {
                    firstReviewedAt = at;
                }
                lastCallEndsAt = null;
            }
            case LIVING -> {
                if (type == ProposalType.STANDARDS_TRACK) {
                    throw conflict("A Standards Track proposal becomes Final, not Living.");
                }
            }
            case FINAL -> {
                if (decisionKind == null && (lastCallEndsAt == null || at.isBefore(lastCallEndsAt))) {
                    throw conflict("The last call ends at " + lastCallEndsAt + "; the proposal can become final after it.");
                }
            }
            case DRAFT -> submittedAt = null;
            default -> { }
        }
        return move(target, who, at, reason);
    }

    /** Refuses a move this status does not allow, or that this actor may not ask for. */
    public void requireCanMove(ProposalStatus target, Actor actor) {
        Objects.requireNonNull(target, "target");
        if (!status.canMoveTo(target)) {
            throw new ProposalException(ProposalException.Reason.CONFLICT, "transition-not-allowed",
                    "A " + status.slug() + " proposal cannot move to " + target.slug() + "; from " + status.slug()
                            + " it can move to " + status.successors().stream().map(ProposalStatus::slug).toList() + ".");
        }
        requireActor(actor, requiredActor(target));
    }

    /** Enters Last Call until the deadline (the end of the vote, when it is voted on). */
    public StatusChange startLastCall(String editor, Actor actor, Instant at, Instant deadline) {
        if (!deadline.isAfter(at)) {
            throw new ProposalException(ProposalException.Reason.INVALID, "A last call ends in the future.");
        }
        StatusChange change = moveTo(ProposalStatus.LAST_CALL, editor, actor, "last call until " + deadline, at, null);
        lastCallEndsAt = deadline;
        return change;
    }

    /** Extends the last call when an expedited vote turns into a regular one. */
    public void extendLastCall(Instant deadline) {
        if (status == ProposalStatus.LAST_CALL) {
            lastCallEndsAt = deadline;
        }
    }

    /** Who may ask for a move to this status; the more powerful may always do what the less may. */
    private Actor requiredActor(ProposalStatus target) {
        return switch (target) {
            case WITHDRAWN -> Actor.AUTHOR;
            case DRAFT -> Actor.AUTHOR;
            case STAGNANT -> Actor.SYSTEM;
            case FINAL -> decisionKind == null ? Actor.EDITOR : Actor.SYSTEM;
            case REVIEW, LAST_CALL, LIVING -> Actor.EDITOR;
        };
    }

    private static void requireActor(Actor actor, Actor required) {
        Objects.requireNonNull(actor, "actor");
        boolean allowed = switch (required) {
            case AUTHOR -> true;
            case EDITOR -> actor != Actor.AUTHOR;
            case SYSTEM -> actor == Actor.SYSTEM;
        };
        if (!allowed) {
            throw new ProposalException(ProposalException.Reason.FORBIDDEN, "not-allowed-to-move", switch (required) {
                case EDITOR -> "Only an editor can do this.";
                case SYSTEM -> "This happens only by the rules (a vote's result or inactivity), not on request.";
                case AUTHOR -> "Only an author or an editor can do this.";
            });
        }
    }

    private StatusChange move(ProposalStatus target, String who, Instant at, String reason) {
        StatusChange change = new StatusChange(id, status, target, who, at, reason);
        if (target == ProposalStatus.REVIEW) {
            lastCallEndsAt = null;
        }
        status = target;
        lastActivityAt = at;
        return change;
    }

    private void write(ProposalDocument document) {
        this.title = document.title().strip();
        this.description = document.description().strip();
        this.body = document.body();
        this.authors = new ArrayList<>(document.authors().stream().map(String::strip).toList());
        this.requires = new LinkedHashSet<>(document.requires());
        this.discussionsTo = blankToNull(document.discussionsTo());
        this.type = document.type();
        this.category = document.category();
        this.decisionKind = document.type() == ProposalType.INFORMATIONAL ? null : document.decisionKind() != null
                ? document.decisionKind() : defaultKind(document.type());
        this.action = blankToNull(document.action());
    }

    private static DecisionKind defaultKind(ProposalType type) {
        return type == ProposalType.META ? DecisionKind.META_PROCESS : DecisionKind.STANDARD_ADOPTION;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ProposalException conflict(String message) {
        return new ProposalException(ProposalException.Reason.CONFLICT, message);
    }

    /** Whether this proposal is decided by a vote (on the track serving its decision kind). */
    public boolean isVotedOn() {
        return decisionKind != null;
    }

    public boolean isAuthor(String username) {
        return author.equals(username);
    }

    /** The preamble as the document validator reads it. */
    public Preamble preamble() {
        return new Preamble(title, description, authors, discussionsTo, type, category, createdOn,
                new ArrayList<>(requires));
    }

    public ProposalDocument document() {
        return new ProposalDocument(title, description, authors, discussionsTo, type, category,
                new ArrayList<>(requires), body, decisionKind, action);
    }

    public UUID getId() { return id; }
    public Integer getNumber() { return number; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getBody() { return body; }
    public String getAuthor() { return author; }
    public UUID getAuthorOrganisation() { return authorOrganisation; }
    public List<String> getAuthors() { return List.copyOf(authors); }
    public List<Integer> getRequires() { return requires.stream().sorted().toList(); }
    public String getDiscussionsTo() { return discussionsTo; }
    public ProposalType getType() { return type; }
    public Category getCategory() { return category; }
    public DecisionKind getDecisionKind() { return decisionKind; }
    public String getAction() { return action; }
    public ProposalStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public LocalDate getCreatedOn() { return createdOn; }
    public int getRevision() { return revision; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getFirstReviewDue() { return firstReviewDue; }
    public Instant getFirstReviewedAt() { return firstReviewedAt; }
    public Instant getLastCallEndsAt() { return lastCallEndsAt; }
    public Instant getLastActivityAt() { return lastActivityAt; }
    public long getVersion() { return version; }
}
