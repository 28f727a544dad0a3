package org.guildhall.proposals.tally.control;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.guildhall.proposals.tally.entity.BallotOption;
import org.guildhall.proposals.tally.entity.CastBallot;
import org.guildhall.proposals.tally.entity.Chamber;
import org.guildhall.proposals.tally.entity.Elector;
import org.guildhall.proposals.tally.entity.ElectorateSnapshot;
import org.guildhall.proposals.tally.entity.ProposalRef;
import org.guildhall.proposals.tally.entity.TallyResult;
import org.guildhall.proposals.tally.entity.TallyRule;
import org.guildhall.proposals.tally.entity.TrackSnapshot;

/**
 * {@code TallyBenchmark [ballots]}: generates an electorate of 1,000,000 voters (10,000 weighted
 * organisations, the rest community members of weight 1) and 1,000,000 ballots from random voters (so
 * some voters replace their ballot and some do not vote), times the tally (best of 5 after 5 warm-up
 * runs) and a full recount through the canonical result document, and checks they agree. Not a test:
 * run it on a quiet machine, for example with {@code -Xmx4g}. Exits 1 when the recount disagrees.
 */
public final class TallyBenchmark {

    private static final int VOTERS = 1_000_000;
    private static final int ORGANISATIONS = 10_000;
    private static final Instant START = Instant.parse("2025-03-01T08:00:00Z");
    private static final Instant END = START.plus(Duration.ofDays(7));

    private TallyBenchmark() {
    }

    public static void main(String[] args) {
        int ballotCount = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        SplittableRandom random = new SplittableRandom(20250301L);
        ProposalRef proposal = new ProposalRef(new UUID(random.nextLong(), random.nextLong()).toString(), 42,
                "4e3a5058216941fd6549c7ae8cc55a848a3483cd3c6c25b0b51a1c938abaea06");
        TrackSnapshot track = new TrackSnapshot("standard-adoption", "Standard adoption", TallyRule.DEFAULT, START, END,
                false);
        List<Elector> electors = new ArrayList<>(VOTERS);
        for (int i = 0; i < VOTERS; i++) {
            boolean organisation = i < ORGANISATIONS;
            electors.add(new Elector(new UUID(random.nextLong(), random.nextLong()).toString(),
                    organisation ? 1 + random.nextInt(100) : 1, organisation ? Chamber.ORGANISATIONS : Chamber.COMMUNITY));
        }
        ElectorateSnapshot electorate = ElectorateSnapshot.of(EnumSet.allOf(Chamber.class), electors);
        long seconds = Duration.between(START, END).toSeconds();
        List<CastBallot> ballots = new ArrayList<>(ballotCount);
        for (int i = 0; i < ballotCount; i++) {
            Elector voter = electors.get(random.nextInt(VOTERS));
            int draw = random.nextInt(100);
            BallotOption option = draw < 55 ? BallotOption.YES : draw < 80 ? BallotOption.NO
                    : draw < 85 ? BallotOption.NO_WITH_VETO : BallotOption.ABSTAIN;
            Instant time = START.plusSeconds(random.nextLong(seconds)).plus(random.nextInt(1_000_000), ChronoUnit.MICROS);
            ballots.add(new CastBallot(voter.voter(), option, time,
                    BallotHash.of(proposal.id(), voter.voter(), option, voter.weight(), time)));
        }

        TallyResult tally = null;
        for (int i = 0; i < 5; i++) {
            tally = Tallying.tally(electorate, ballots, track.rule());
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            tally = Tallying.tally(electorate, ballots, track.rule());
            best = Math.min(best, System.nanoTime() - started);
        }

        long started = System.nanoTime();
        ResultDocument document = ResultDocument.build(proposal, track, electorate, ballots);
        long built = System.nanoTime() - started;
        started = System.nanoTime();
        Recount recount = Recount.of(document.json());
        long recounted = System.nanoTime() - started;
        boolean equal = recount.reproduced() && recount.recomputed().equals(tally) && document.tally().equals(tally)
                && recount.documentSha256().equals(document.sha256());

        System.out.printf("tally %d ballots: %d ms (best of 5); result document %d MB built in %d ms, "
                        + "recounted in %d ms; outcome %s, turnout %s; recount equal: %b%n",
                ballotCount, best / 1_000_000, document.utf8().length >> 20, built / 1_000_000, recounted / 1_000_000,
                tally.outcome().jsonName(), tally.turnout().toPlainString(), equal);
        if (!equal) {
            recount.differences().stream().limit(20).forEach(System.out::println);
            System.exit(1);
        }
    }
}
