package org.guildhall.proposals.tally.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.guildhall.proposals.tally.entity.BallotOption;
import org.guildhall.proposals.tally.entity.CastBallot;
import org.guildhall.proposals.tally.entity.Chamber;
import org.guildhall.proposals.tally.entity.ChamberTally;
import org.guildhall.proposals.tally.entity.ElectorateSnapshot;
import org.guildhall.proposals.tally.entity.NotAnElectorException;
import org.guildhall.proposals.tally.entity.OptionTotals;
import org.guildhall.proposals.tally.entity.TallyResult;
import org.guildhall.proposals.tally.entity.TallyRule;

/**
 * Counts ballots against a frozen electorate: the latest ballot of each voter counts (latest by time;
 * of two with the same time, the later in the list), weighted by the voter's frozen weight, summed per
 * chamber and option; then the rule decides each chamber.
 * <p>
 * One pass over the ballots (a hash lookup and an int compare each, nothing allocated) and one over
 * the voters, summing whole weights in {@code long}; the only decimals are made once per chamber.
 */
public final class Tallying {

    private static final int OPTIONS = BallotOption.values().length;

    private Tallying() {
    }

    /**
     * The tally of these ballots.
     *
     * @throws NotAnElectorException when a ballot's voter is not in the electorate (the caller should
     *                               have refused it when it was cast)
     */
    public static TallyResult tally(ElectorateSnapshot electorate, List<CastBallot> ballots, TallyRule rule) {
        Objects.requireNonNull(rule, "rule");
        List<CastBallot> list = randomAccess(ballots);
        return tally(electorate, list, latestPerVoter(electorate, list), rule);
    }

    /** For each ballot, in list order, whether it is the one of its voter that counts. */
    public static boolean[] counted(ElectorateSnapshot electorate, List<CastBallot> ballots) {
        List<CastBallot> list = randomAccess(ballots);
        int[] latest = latestPerVoter(electorate, list);
        boolean[] counted = new boolean[list.size()];
        for (int index : latest) {
            if (index >= 0) {
                counted[index] = true;
            }
        }
        return counted;
    }

    /** For each voter of the electorate, the list index of its ballot that counts, or -1. */
    static int[] latestPerVoter(ElectorateSnapshot electorate, List<CastBallot> ballots) {
        int[] latest = new int[electorate.size()];
        Arrays.fill(latest, -1);
        for (int i = 0, n = ballots.size(); i < n; i++) {
            CastBallot ballot = ballots.get(i);
            int voter = electorate.indexOf(ballot.voter());
            if (voter < 0) {
                throw new NotAnElectorException(ballot.voter());
            }
            count(latest, voter, i, ballots);
        }
        return latest;
    }

    /**
     * As {@link #latestPerVoter(ElectorateSnapshot, List)}, for ballots whose voters' positions in the
     * electorate are already known ({@code voters[i]} for ballot i).
     */
    static int[] latestPerVoter(int electorateSize, List<CastBallot> ballots, int[] voters) {
        int[] latest = new int[electorateSize];
        Arrays.fill(latest, -1);
        for (int i = 0, n = ballots.size(); i < n; i++) {
            count(latest, voters[i], i, ballots);
        }
        return latest;
    }

    /** Ballot i of this voter counts unless the one counting so far is later. */
    private static void count(int[] latest, int voter, int i, List<CastBallot> ballots) {
        int previous = latest[voter];
        if (previous < 0 || !ballots.get(i).time().isBefore(ballots.get(previous).time())) {
            latest[voter] = i;
        }
    }

    static TallyResult tally(ElectorateSnapshot electorate, List<CastBallot> ballots, int[] latest, TallyRule rule) {
        long[] sums = new long[Chamber.values().length * OPTIONS];
        for (int voter = 0; voter < latest.length; voter++) {
            int index = latest[voter];
            if (index >= 0) {
                sums[electorate.chamberOrdinalAt(voter) * OPTIONS + ballots.get(index).option().ordinal()]
                        += electorate.weightAt(voter);
            }
        }
        List<ChamberTally> chambers = new ArrayList<>(2);
        for (Chamber chamber : electorate.chambers()) {
            int base = chamber.ordinal() * OPTIONS;
            OptionTotals totals = new OptionTotals(sums[base + BallotOption.YES.ordinal()],
                    sums[base + BallotOption.NO.ordinal()], sums[base + BallotOption.NO_WITH_VETO.ordinal()],
                    sums[base + BallotOption.ABSTAIN.ordinal()]);
            chambers.add(rule.decide(chamber, totals, electorate.weightOf(chamber)));
        }
        return new TallyResult(chambers);
    }

    static <T> List<T> randomAccess(List<T> list) {
        Objects.requireNonNull(list, "ballots");
        return list instanceof RandomAccess ? list : new ArrayList<>(list);
    }
}
