package org.guildhall.proposals.proposal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A comment in a proposal's discussion, possibly a reply to another. Markdown, rendered sanitised. */
@Entity
@Table(name = "comment", schema = "proposals")
@NamedQuery(name = "Comment.findByProposal",
        query = "select c from Comment c where c.proposalId = :proposal order by c.createdAt, c.id")
public class Comment {

    public static final int MAX_BODY = 10_000;

    @Id
    private UUID id;
    @Column(name = "proposal_id")
    private UUID proposalId;
    @Column(name = "parent_id")
    private UUID parentId;
    private String author;
    private String body;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Comment() {
    }

    public Comment(UUID proposalId, Comment parent, String author, String body, Instant at) {
        if (body == null || body.isBlank() || body.length() > MAX_BODY) {
            throw new ProposalException(ProposalException.Reason.INVALID,
                    "A comment has 1 to " + MAX_BODY + " characters.");
        }
        if (parent != null && !parent.proposalId.equals(proposalId)) {
            throw new ProposalException(ProposalException.Reason.INVALID,
                    "A reply answers a comment on the same proposal.");
        }
        this.id = UUID.randomUUID();
        this.proposalId = Objects.requireNonNull(proposalId);
        this.parentId = parent == null ? null : parent.id;
        this.author = Objects.requireNonNull(author);
        this.body = body.strip();
        this.createdAt = Objects.requireNonNull(at);
    }

    public UUID getId() { return id; }
    public UUID getProposalId() { return proposalId; }
    public UUID getParentId() { return parentId; }
    public String getAuthor() { return author; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
}
