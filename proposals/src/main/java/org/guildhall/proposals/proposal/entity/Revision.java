package org.guildhall.proposals.proposal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.guildhall.proposals.document.entity.Category;
import org.guildhall.proposals.document.entity.ProposalType;

/** The text of a proposal as it was after one edit. Never changed once written. */
@Entity
@Table(name = "revision", schema = "proposals")
@IdClass(Revision.Key.class)
@NamedQuery(name = "Revision.findByProposal",
        query = "select r from Revision r where r.proposalId = :proposal order by r.number desc")
@NamedQuery(name = "Revision.findOne",
        query = "select r from Revision r where r.proposalId = :proposal and r.number = :number")
public class Revision {

    /** The composite key: proposal and revision number. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private UUID proposalId;
        private int number;

        public Key() {
        }

        public Key(UUID proposalId, int number) {
            this.proposalId = proposalId;
            this.number = number;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && number == that.number && Objects.equals(proposalId, that.proposalId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(proposalId, number);
        }
    }

    @Id
    @Column(name = "proposal_id")
    private UUID proposalId;
    @Id
    private int number;
    private String title;
    private String description;
    private String authors;
    @Column(name = "discussions_to")
    private String discussionsTo;
    @Enumerated(EnumType.STRING)
    private ProposalType type;
    @Enumerated(EnumType.STRING)
    private Category category;
    private String requires;
    private String body;
    @Column(name = "edited_by")
    private String editedBy;
    @Column(name = "edited_at")
    private Instant editedAt;
    private boolean normative;

    protected Revision() {
    }

    Revision(Proposal proposal, int number, String editedBy, Instant editedAt, boolean normative) {
        this.proposalId = proposal.getId();
        this.number = number;
        this.title = proposal.getTitle();
        this.description = proposal.getDescription();
        this.authors = String.join("\n", proposal.getAuthors());
        this.discussionsTo = proposal.getDiscussionsTo();
        this.type = proposal.getType();
        this.category = proposal.getCategory();
        this.requires = proposal.getRequires().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.body = proposal.getBody();
        this.editedBy = editedBy;
        this.editedAt = editedAt;
        this.normative = normative;
    }

    /** The whole revision as one text (preamble lines, then the body), for diffs between revisions. */
    public String asText() {
        return "title: " + title + "\ndescription: " + description + "\nauthors: " + authors.replace("\n", ", ")
                + "\ndiscussions-to: " + (discussionsTo == null ? "" : discussionsTo)
                + "\ntype: " + type + (category == null ? "" : "\ncategory: " + category)
                + "\nrequires: " + requires + "\n\n" + body;
    }

    public UUID getProposalId() { return proposalId; }
    public int getNumber() { return number; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public List<String> getAuthors() { return Arrays.asList(authors.split("\n")); }
    public String getBody() { return body; }
    public String getEditedBy() { return editedBy; }
    public Instant getEditedAt() { return editedAt; }
    public boolean isNormative() { return normative; }
}
