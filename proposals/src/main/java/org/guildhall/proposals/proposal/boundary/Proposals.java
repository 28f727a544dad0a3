package org.guildhall.proposals.proposal.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.guildhall.proposals.document.control.PreambleValidator;
import org.guildhall.proposals.document.control.Sections;
import org.guildhall.proposals.document.entity.PreambleProblem;
import org.guildhall.proposals.document.entity.RequiredSection;
import org.guildhall.proposals.document.entity.SectionReport;
import org.guildhall.proposals.proposal.control.ProposalsConfig;
import org.guildhall.proposals.proposal.entity.Actor;
import org.guildhall.proposals.proposal.entity.Comment;
import org.guildhall.proposals.proposal.entity.InvalidProposalException;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.proposals.proposal.entity.ProposalDocument;
import org.guildhall.proposals.proposal.entity.ProposalException;
import org.guildhall.proposals.proposal.entity.ProposalFilter;
import org.guildhall.proposals.proposal.entity.ProposalStatus;
import org.guildhall.proposals.proposal.entity.Revision;
import org.guildhall.proposals.proposal.entity.StatusChange;
import org.guildhall.proposals.track.boundary.VotingTracks;
import org.guildhall.proposals.track.entity.VotingTrack;
import org.guildhall.proposals.voting.control.VoteOpening;
import org.guildhall.proposals.voting.entity.Vote;
import org.guildhall.registry.audit.boundary.AuditTrail;
import org.guildhall.registry.membership.boundary.Memberships;
import org.guildhall.registry.membership.entity.Organisation;

/**
 * The improvement process: drafting and editing proposals, the editor queue, status changes by
 * authors and editors, and the discussion. Entering Last Call opens the vote of a voted proposal on
 * the track that serves its kind of decision; leaving it otherwise cancels that vote.
 */
@Stateless
public class Proposals {

    private static final Logger LOG = Logger.getLogger(Proposals.class.getName());
    private static final String EDITOR_ROLE = "reviewer";

    @PersistenceContext(unitName = "proposals")
    EntityManager em;
    @Inject
    Memberships memberships;
    @Inject
    VotingTracks tracks;
    @Inject
    VoteOpening voteOpening;
    @Inject
    ProposalsConfig config;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    /** Anyone with a voice in the federation drafts a proposal; a representative's draft is on behalf of their organisation. */
    @RolesAllowed({"member-rep", "community", "reviewer"})
    public Proposal draft(@NotNull @Valid ProposalDocument document) {
        String author = caller();
        Instant now = Instant.now(clock);
        validate(document, null, now);
        UUID organisation = memberships.representedBy(author).map(Organisation::getId).orElse(null);
        Proposal proposal = Proposal.draft(document, author, organisation, now);
        persistNew(proposal);
        audit.record(author, "proposals", "proposal.drafted", proposal.getId().toString(), proposal.getTitle());
        LOG.info(() -> "Proposal " + proposal.getId() + " drafted by " + author);
        return proposal;
    }

    /** An author or an editor edits the text; every edit is a revision. */
    @RolesAllowed({"member-rep", "community", "reviewer"})
    public Proposal edit(@NotNull UUID id, @NotNull @Valid ProposalDocument document, long expectedRevision) {
        Proposal proposal = lock(id);
        Actor actor = actorOn(proposal);
        Instant now = Instant.now(clock);
        validate(document, proposal.getNumber(), now);
        boolean normative = Sections.isNormativeChange(proposal.preamble(), proposal.getBody(),
                Proposal.draft(document, proposal.getAuthor(), null, now).preamble(), document.body());
        Proposal.Edit edit = proposal.edit(document, caller(), actor, expectedRevision, normative, now);
        em.persist(edit.revision());
        if (edit.statusChange() != null) {
            em.persist(edit.statusChange());
            cancelOpenVote(proposal, now);
        }
        audit.record(caller(), "proposals", "proposal.edited", id.toString(),
                "revision " + edit.revision().getNumber() + (normative ? " (normative)" : ""));
        return proposal;
    }

    /** The author asks for review: the draft joins the editor queue with its first-review deadline. */
    @RolesAllowed({"member-rep", "community", "reviewer"})
    public Proposal submitForReview(@NotNull UUID id) {
        Proposal proposal = lock(id);
        actorOn(proposal);
        Instant now = Instant.now(clock);
        proposal.submitForReview(now, now.plus(config.firstReview()));
        audit.record(caller(), "proposals", "proposal.submitted", id.toString(), "review due " + proposal.getFirstReviewDue());
        return proposal;
    }

    /**
     * Moves a proposal to another status. Entering Review checks the required sections and gives the
     * number; entering Last Call opens the vote (expedited when asked and the track has that variant).
     */
    @RolesAllowed({"member-rep", "community", "reviewer"})
    public Proposal transition(@NotNull UUID id, @NotNull ProposalStatus target, String reason, boolean expedited) {
        Proposal proposal = lock(id);
        Actor actor = actorOn(proposal);
        Instant now = Instant.now(clock);
        String who = caller();
        if (target == ProposalStatus.LAST_CALL) {
            startLastCall(proposal, who, actor, now, expedited);
        } else {
            Integer number = null;
            proposal.requireCanMove(target, actor);
            if (target == ProposalStatus.REVIEW && proposal.getNumber() == null) {
                requireSections(proposal);
                number = nextNumber();
            }
            em.persist(proposal.moveTo(target, who, actor, reason, now, number));
            if (proposal.getStatus() != ProposalStatus.LAST_CALL) {
                cancelOpenVote(proposal, now);
            }
        }
        audit.record(who, "proposals", "proposal." + target.slug(), id.toString(), reason == null ? "" : reason);
        LOG.info(() -> "Proposal " + id + " moved to " + target + " by " + who);
        return proposal;
    }

    private void startLastCall(Proposal proposal, String editor, Actor actor, Instant now, boolean expedited) {
        if (!proposal.isVotedOn()) {
            em.persist(proposal.startLastCall(editor, actor, now, now.plus(config.lastCall())));
            return;
        }
        VotingTrack track = tracks.serving(proposal.getDecisionKind()).orElseThrow(() -> new ProposalException(
                ProposalException.Reason.CONFLICT, "No voting track serves " + proposal.getDecisionKind() + "."));
        proposal.requireCanMove(ProposalStatus.LAST_CALL, actor);
        Vote vote = voteOpening.open(proposal, track, expedited, editor, now);
        em.persist(proposal.startLastCall(editor, actor, now, vote.getVotingEnd()));
        audit.record(editor, "proposals", "vote.opened", proposal.getId().toString(),
                track.getId() + (expedited ? " (expedited)" : "") + " until " + vote.getVotingEnd());
    }

    /**
     * Puts an executable decision that another context needs (a node admission) straight to the vote:
     * the proposal is drafted by the caller for {@code organisation}, numbered, and its Last Call opens
     * the vote on the track that serves its decision kind. The preamble and sections are validated as
     * for any proposal. The caller's own permission to ask for the decision is the other context's check.
     */
    @RolesAllowed({"reviewer", "admin"})
    public Proposal openVoteFor(@NotNull @Valid ProposalDocument document, UUID organisation) {
        if (document.decisionKind() == null || !document.decisionKind().isExecutable()) {
            throw new ProposalException(ProposalException.Reason.INVALID,
                    "Only executable decisions are put straight to the vote.");
        }
        String who = caller();
        Instant now = Instant.now(clock);
        validate(document, null, now);
        Proposal proposal = Proposal.draft(document, who, organisation, now);
        persistNew(proposal);
        requireSections(proposal);
        em.persist(proposal.moveTo(ProposalStatus.REVIEW, who, Actor.EDITOR, "opened for a vote by " + who, now,
                nextNumber()));
        startLastCall(proposal, who, Actor.EDITOR, now, false);
        audit.record(who, "proposals", "proposal.opened-for-vote", proposal.getId().toString(), proposal.getTitle());
        LOG.info(() -> "Proposal " + proposal.getId() + " put to the vote by " + who);
        return proposal;
    }

    /** Adds a comment (or a reply) to a proposal's discussion. */
    @RolesAllowed({"admin", "member-rep", "community", "reviewer", "node-operator", "auditor"})
    public Comment comment(@NotNull UUID proposalId, UUID parentId, @NotNull String body) {
        find(proposalId);
        Comment parent = parentId == null ? null : Optional.ofNullable(em.find(Comment.class, parentId))
                .orElseThrow(() -> new ProposalException(ProposalException.Reason.NOT_FOUND, "No comment " + parentId + "."));
        Comment comment = new Comment(proposalId, parent, caller(), body, Instant.now(clock));
        em.persist(comment);
        return comment;
    }

    /**
     * Marks proposals stagnant that saw no edit or status change for the configured period (a job
     * does this; any caller may trigger it, it only applies the rule).
     */
    @PermitAll
    public int markStagnant() {
        Instant now = Instant.now(clock);
        List<UUID> inactive = em.createNamedQuery("Proposal.findInactiveSince", UUID.class)
                .setParameter("statuses", List.of(ProposalStatus.DRAFT, ProposalStatus.REVIEW, ProposalStatus.LAST_CALL))
                .setParameter("since", now.minus(config.stagnantAfter())).setMaxResults(500).getResultList();
        for (UUID id : inactive) {
            Proposal proposal = lock(id);
            em.persist(proposal.moveTo(ProposalStatus.STAGNANT, "system", Actor.SYSTEM,
                    "no activity since " + proposal.getLastActivityAt(), now, null));
            audit.record("system", "proposals", "proposal.stagnant", id.toString(), "");
        }
        return inactive.size();
    }

    /** Drafts waiting for their first review, oldest first. */
    @PermitAll
    public List<Proposal> editorQueue() {
        return em.createNamedQuery("Proposal.findEditorQueue", Proposal.class).setMaxResults(500).getResultList();
    }

    @PermitAll
    public List<Proposal> search(@NotNull ProposalFilter filter, int first, int max) {
        TypedQuery<Proposal> query = em.createQuery("select p from Proposal p" + where(filter)
                + " order by p.createdAt desc, p.id", Proposal.class);
        bind(query, filter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 500)).getResultList();
    }

    @PermitAll
    public long count(@NotNull ProposalFilter filter) {
        TypedQuery<Long> query = em.createQuery("select count(p) from Proposal p" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    private static String where(ProposalFilter filter) {
        List<String> clauses = new ArrayList<>();
        if (filter.status() != null) {
            clauses.add("p.status = :status");
        }
        if (filter.type() != null) {
            clauses.add("p.type = :type");
        }
        if (filter.kind() != null) {
            clauses.add("p.decisionKind = :kind");
        }
        if (filter.author() != null && !filter.author().isBlank()) {
            clauses.add("(lower(p.author) = :author or exists (select a from Proposal q join q.authors a"
                    + " where q = p and lower(a) like :authorLike))");
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private static void bind(TypedQuery<?> query, ProposalFilter filter) {
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.type() != null) {
            query.setParameter("type", filter.type());
        }
        if (filter.kind() != null) {
            query.setParameter("kind", filter.kind());
        }
        if (filter.author() != null && !filter.author().isBlank()) {
            String author = filter.author().strip().toLowerCase();
            query.setParameter("author", author);
            query.setParameter("authorLike", "%" + author.replace("%", "").replace("_", "") + "%");
        }
    }

    @PermitAll
    public Optional<Proposal> byId(UUID id) {
        return Optional.ofNullable(id).map(i -> em.find(Proposal.class, i));
    }

    @PermitAll
    public Optional<Proposal> byNumber(int number) {
        return em.createNamedQuery("Proposal.findByNumber", Proposal.class).setParameter("number", number)
                .getResultStream().findFirst();
    }

    /** Revisions, newest first. */
    @PermitAll
    public List<Revision> revisions(@NotNull UUID id) {
        return em.createNamedQuery("Revision.findByProposal", Revision.class).setParameter("proposal", id).getResultList();
    }

    @PermitAll
    public Optional<Revision> revision(@NotNull UUID id, int number) {
        return em.createNamedQuery("Revision.findOne", Revision.class).setParameter("proposal", id)
                .setParameter("number", number).getResultStream().findFirst();
    }

    /** The timeline of status changes, oldest first. */
    @PermitAll
    public List<StatusChange> timeline(@NotNull UUID id) {
        return em.createNamedQuery("StatusChange.findByProposal", StatusChange.class).setParameter("proposal", id)
                .getResultList();
    }

    @PermitAll
    public List<Comment> comments(@NotNull UUID id) {
        return em.createNamedQuery("Comment.findByProposal", Comment.class).setParameter("proposal", id).getResultList();
    }

    /**
     * Records a proposal with its history (demo data, proposals carried over from before the portal):
     * drafted by {@code author} at {@code at}, then moved through {@code path} by {@code editor}, each
     * step {@code step} after the previous. For trusted start-up code only; no endpoint calls it.
     */
    @PermitAll
    public Proposal provision(@NotNull @Valid ProposalDocument document, @NotNull String author, UUID organisation,
                              @NotNull Instant at, @NotNull List<ProposalStatus> path, String editor,
                              java.time.Duration step, boolean expedited) {
        Proposal proposal = Proposal.draft(document, author, organisation, at);
        persistNew(proposal);
        Instant when = at;
        for (ProposalStatus target : path) {
            when = when.plus(step);
            if (target == ProposalStatus.LAST_CALL && proposal.isVotedOn()) {
                VotingTrack track = tracks.serving(proposal.getDecisionKind()).orElseThrow();
                Vote vote = voteOpening.open(proposal, track, expedited, editor, when);
                em.persist(proposal.startLastCall(editor, Actor.EDITOR, when, vote.getVotingEnd()));
            } else if (target == ProposalStatus.LAST_CALL) {
                em.persist(proposal.startLastCall(editor, Actor.EDITOR, when, when.plus(config.lastCall())));
            } else if (target == ProposalStatus.STAGNANT) {
                em.persist(proposal.moveTo(target, "system", Actor.SYSTEM, "no activity", when, null));
            } else {
                Integer number = target == ProposalStatus.REVIEW && proposal.getNumber() == null ? nextNumber() : null;
                em.persist(proposal.moveTo(target, editor, Actor.EDITOR, null, when, number));
            }
        }
        em.flush();
        audit.record("system", "proposals", "proposal.provisioned", proposal.getId().toString(), proposal.getTitle());
        return proposal;
    }

    /** Puts a draft into the editor queue as submitted at a past time (demo data). For trusted start-up code only. */
    @PermitAll
    public void provisionSubmission(@NotNull UUID id, @NotNull Instant at) {
        lock(id).submitForReview(at, at.plus(config.firstReview()));
    }

    private void persistNew(Proposal proposal) {
        em.persist(proposal);
        em.flush();
        em.persist(proposal.firstRevision());
        em.persist(StatusChange.drafted(proposal));
    }

    private void validate(ProposalDocument document, Integer ownNumber, Instant now) {
        var preamble = Proposal.draft(document, "-", null, now).preamble();
        List<PreambleProblem> problems = new PreambleValidator(clock.withZone(ZoneOffset.UTC))
                .validate(preamble, ownNumber, this::numberExists);
        if (!problems.isEmpty()) {
            throw new InvalidProposalException(problems);
        }
    }

    private boolean numberExists(int number) {
        return byNumber(number).isPresent();
    }

    private void requireSections(Proposal proposal) {
        SectionReport report = Sections.check(proposal.getBody());
        if (!report.complete()) {
            List<PreambleProblem> problems = new ArrayList<>();
            for (RequiredSection missing : report.missing()) {
                problems.add(new PreambleProblem("body", "body.missingSection",
                        "The section \"" + missing.heading() + "\" is required before review."));
            }
            if (problems.isEmpty()) {
                problems.add(new PreambleProblem("body", "body.sectionOrder",
                        "The required sections must come in this order: Abstract, Motivation, Specification,"
                                + " Rationale, Security Considerations."));
            }
            throw new InvalidProposalException(problems);
        }
    }

    private int nextNumber() {
        return ((Number) em.createNativeQuery("select nextval('proposals.proposal_number_seq')").getSingleResult()).intValue();
    }

    private void cancelOpenVote(Proposal proposal, Instant now) {
        em.createNamedQuery("Vote.findOpenOfProposal", Vote.class).setParameter("proposal", proposal.getId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().forEach(vote -> vote.cancel(now));
    }

    private Actor actorOn(Proposal proposal) {
        if (session.isCallerInRole(EDITOR_ROLE)) {
            return Actor.EDITOR;
        }
        if (proposal.isAuthor(caller())) {
            return Actor.AUTHOR;
        }
        throw new ProposalException(ProposalException.Reason.FORBIDDEN,
                "Only the proposal's author or an editor can change it.");
    }

    private Proposal lock(UUID id) {
        Proposal proposal = em.find(Proposal.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (proposal == null) {
            throw new ProposalException(ProposalException.Reason.NOT_FOUND, "No proposal " + id + ".");
        }
        return proposal;
    }

    private Proposal find(UUID id) {
        return byId(id).orElseThrow(() -> new ProposalException(ProposalException.Reason.NOT_FOUND, "No proposal " + id + "."));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
