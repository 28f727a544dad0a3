package org.guildhall.proposals.voting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.guildhall.proposals.tally.entity.Chamber;
import org.guildhall.proposals.tally.entity.Elector;

/** A voter of one round, with the weight and chamber frozen when the round opened. */
@Entity
@Table(name = "vote_elector", schema = "proposals")
@IdClass(VoteElector.Key.class)
@NamedQuery(name = "VoteElector.findByVote", query = "select e from VoteElector e where e.voteId = :vote")
@NamedQuery(name = "VoteElector.findInVote",
        query = "select e from VoteElector e where e.voteId = :vote and e.voter in :voters")
public class VoteElector {

    /** The composite key: round and voter. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private UUID voteId;
        private String voter;

        public Key() {
        }

        public Key(UUID voteId, String voter) {
            this.voteId = voteId;
            this.voter = voter;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(voteId, that.voteId) && Objects.equals(voter, that.voter);
        }

        @Override
        public int hashCode() {
            return Objects.hash(voteId, voter);
        }
    }

    @Id
    @Column(name = "vote_id")
    private UUID voteId;
    @Id
    private String voter;
    private long weight;
    private String chamber;

    protected VoteElector() {
    }

    public VoteElector(UUID voteId, Elector elector) {
        this.voteId = Objects.requireNonNull(voteId);
        this.voter = elector.voter();
        this.weight = elector.weight();
        this.chamber = elector.chamber().jsonName();
    }

    public Elector elector() {
        return new Elector(voter, weight, Chamber.fromJson(chamber));
    }

    public UUID getVoteId() { return voteId; }
    public String getVoter() { return voter; }
    public long getWeight() { return weight; }
    public Chamber getChamber() { return Chamber.fromJson(chamber); }
}
