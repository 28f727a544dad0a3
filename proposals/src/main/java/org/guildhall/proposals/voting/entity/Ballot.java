package org.guildhall.proposals.voting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.guildhall.proposals.tally.entity.BallotOption;
import org.guildhall.proposals.tally.entity.CastBallot;
import org.guildhall.proposals.tally.entity.Chamber;

/**
 * A ballot as cast: for one voter of one round, with the hash and the portal's receipt, and the
 * voter's own signature when it came signed. Kept after a later ballot of the same voter supersedes it.
 */
@Entity
@Table(name = "ballot", schema = "proposals")
@NamedQuery(name = "Ballot.findCurrent",
        query = "select b from Ballot b where b.voteId = :vote and b.supersededAt is null order by b.castAt, b.id")
@NamedQuery(name = "Ballot.findHistory",
        query = "select b from Ballot b where b.voteId = :vote order by b.castAt, b.id")
@NamedQuery(name = "Ballot.countCurrent",
        query = "select count(b) from Ballot b where b.voteId = :vote and b.supersededAt is null")
@NamedQuery(name = "Ballot.supersede",
        query = "update Ballot b set b.supersededAt = :at where b.voteId = :vote and b.voter = :voter"
                + " and b.supersededAt is null")
public class Ballot {

    @Id
    private UUID id;
    @Column(name = "vote_id")
    private UUID voteId;
    private String voter;
    private String chamber;
    @Column(name = "cast_by")
    private String castBy;
    @Enumerated(EnumType.STRING)
    private BallotOption option;
    private long weight;
    @Column(name = "cast_at")
    private Instant castAt;
    private String hash;
    private String receipt;
    @Column(name = "voter_jws")
    private String voterJws;
    @Column(name = "voter_key_id")
    private String voterKeyId;
    @Column(name = "superseded_at")
    private Instant supersededAt;

    protected Ballot() {
    }

    public Ballot(UUID id, UUID voteId, VoteElector elector, String castBy, BallotOption option, Instant castAt,
                  String hash, String receipt, String voterJws, String voterKeyId) {
        this.id = Objects.requireNonNull(id);
        this.voteId = Objects.requireNonNull(voteId);
        this.voter = elector.getVoter();
        this.chamber = elector.getChamber().jsonName();
        this.weight = elector.getWeight();
        this.castBy = Objects.requireNonNull(castBy);
        this.option = Objects.requireNonNull(option);
        this.castAt = Objects.requireNonNull(castAt);
        this.hash = Objects.requireNonNull(hash);
        this.receipt = Objects.requireNonNull(receipt);
        this.voterJws = voterJws;
        this.voterKeyId = voterKeyId;
    }

    public CastBallot cast() {
        return new CastBallot(voter, option, castAt, hash);
    }

    public boolean isCurrent() {
        return supersededAt == null;
    }

    public UUID getId() { return id; }
    public UUID getVoteId() { return voteId; }
    public String getVoter() { return voter; }
    public Chamber getChamber() { return Chamber.fromJson(chamber); }
    public String getCastBy() { return castBy; }
    public BallotOption getOption() { return option; }
    public long getWeight() { return weight; }
    public Instant getCastAt() { return castAt; }
    public String getHash() { return hash; }
    public String getReceipt() { return receipt; }
    public String getVoterJws() { return voterJws; }
    public String getVoterKeyId() { return voterKeyId; }
    public Instant getSupersededAt() { return supersededAt; }
}
