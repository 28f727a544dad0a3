package org.guildhall.proposals.tally;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guildhall.proposals.tally.control.BallotHash;
import org.guildhall.proposals.tally.control.ResultDocument;
import org.guildhall.proposals.tally.control.Tallying;
import org.guildhall.proposals.tally.entity.BallotOption;
import org.guildhall.proposals.tally.entity.CastBallot;
import org.guildhall.proposals.tally.entity.Chamber;
import org.guildhall.proposals.tally.entity.Elector;
import org.guildhall.proposals.tally.entity.ElectorateSnapshot;
import org.guildhall.proposals.tally.entity.ProposalRef;
import org.guildhall.proposals.tally.entity.TallyResult;
import org.guildhall.proposals.tally.entity.TallyRule;
import org.guildhall.proposals.tally.entity.TrackSnapshot;

/** Test data for tallies: an electorate, ballots with real hashes, a track; each ballot a minute after the previous. */
public final class VoteBuilder {

    public static final Instant START = Instant.parse("2025-03-01T08:00:00Z");
    public static final Instant END = START.plus(Duration.ofDays(7));
    public static final ProposalRef PROPOSAL = new ProposalRef("3f2504e0-4f89-41d3-9a0c-0305e82c3301", 42,
            "4e3a5058216941fd6549c7ae8cc55a848a3483cd3c6c25b0b51a1c938abaea06");

    private final Set<Chamber> chambers;
    private final List<Elector> electors = new ArrayList<>();
    private final List<CastBallot> ballots = new ArrayList<>();
    private final Map<String, Long> weights = new HashMap<>();
    private TallyRule rule = TallyRule.DEFAULT;
    private String trackName = "Standard adoption";
    private boolean expedited;
    private Instant next = START.plus(Duration.ofMinutes(1));

    private VoteBuilder(Set<Chamber> chambers) {
        this.chambers = chambers;
    }

    public static VoteBuilder organisations() {
        return new VoteBuilder(EnumSet.of(Chamber.ORGANISATIONS));
    }

    public static VoteBuilder community() {
        return new VoteBuilder(EnumSet.of(Chamber.COMMUNITY));
    }

    public static VoteBuilder bothChambers() {
        return new VoteBuilder(EnumSet.allOf(Chamber.class));
    }

    /** A voter in the first chamber of the electorate. */
    public VoteBuilder voter(String id, long weight) {
        return voter(id, weight, chambers.iterator().next());
    }

    public VoteBuilder voter(String id, long weight, Chamber chamber) {
        electors.add(new Elector(id, weight, chamber));
        weights.put(id, weight);
        return this;
    }

    /** {@code count} voters {@code prefix-0}, {@code prefix-1}, … of this weight in this chamber. */
    public VoteBuilder voters(String prefix, int count, long weight, Chamber chamber) {
        for (int i = 0; i < count; i++) {
            voter(prefix + "-" + i, weight, chamber);
        }
        return this;
    }

    /** A ballot a minute after the previous one, with its real hash. */
    public VoteBuilder ballot(String voter, BallotOption option) {
        ballot(voter, option, next);
        next = next.plus(Duration.ofMinutes(1));
        return this;
    }

    public VoteBuilder ballot(String voter, BallotOption option, Instant time) {
        ballots.add(new CastBallot(voter, option, time, BallotHash.of(PROPOSAL.id(), voter, option, weightOf(voter), time)));
        return this;
    }

    /** One ballot for each of {@code prefix-from} … {@code prefix-(to - 1)}. */
    public VoteBuilder ballots(String prefix, int from, int to, BallotOption option) {
        for (int i = from; i < to; i++) {
            ballot(prefix + "-" + i, option);
        }
        return this;
    }

    public VoteBuilder rule(TallyRule rule) {
        this.rule = rule;
        return this;
    }

    public VoteBuilder trackName(String name) {
        this.trackName = name;
        return this;
    }

    public VoteBuilder expedited() {
        this.expedited = true;
        return this;
    }

    public ElectorateSnapshot electorate() {
        return ElectorateSnapshot.of(chambers, electors);
    }

    public List<CastBallot> ballots() {
        return List.copyOf(ballots);
    }

    public TrackSnapshot track() {
        return new TrackSnapshot("standard-adoption", trackName, rule, START, END, expedited);
    }

    public TallyResult tally() {
        return Tallying.tally(electorate(), ballots, rule);
    }

    public ResultDocument document() {
        return ResultDocument.build(PROPOSAL, track(), electorate(), ballots);
    }

    private long weightOf(String voter) {
        return weights.getOrDefault(voter, 1L);
    }
}
