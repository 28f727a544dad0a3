package org.guildhall.proposals.track.entity;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A track's rules at one moment; copied into a vote when it opens. Fractions are exact decimals.
 *
 * @param expeditedPeriod    null when the track has no expedited variant
 * @param expeditedThreshold null when the track has no expedited variant
 */
public record TrackSettings(Electorate electorate, Weighting weighting, Duration votingPeriod, BigDecimal quorum,
                            BigDecimal threshold, BigDecimal vetoThreshold, Duration expeditedPeriod,
                            BigDecimal expeditedThreshold) {

    public static final Duration SHORTEST_PERIOD = Duration.ofMinutes(1);
    public static final Duration LONGEST_PERIOD = Duration.ofDays(90);

    public boolean hasExpeditedVariant() {
        return expeditedPeriod != null;
    }

    /** What is wrong with these settings, field by field; empty when they are valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (electorate == null) {
            problems.add("electorate: required");
        }
        if (weighting == null) {
            problems.add("weighting: required");
        }
        period("votingPeriod", votingPeriod, problems);
        fraction("quorum", quorum, problems);
        fraction("threshold", threshold, problems);
        fraction("vetoThreshold", vetoThreshold, problems);
        if ((expeditedPeriod == null) != (expeditedThreshold == null)) {
            problems.add("expedited: give both its period and its threshold, or neither");
        } else if (expeditedPeriod != null) {
            period("expeditedPeriod", expeditedPeriod, problems);
            fraction("expeditedThreshold", expeditedThreshold, problems);
            if (votingPeriod != null && expeditedPeriod.compareTo(votingPeriod) >= 0) {
                problems.add("expeditedPeriod: must be shorter than the voting period");
            }
            if (threshold != null && expeditedThreshold.compareTo(threshold) < 0) {
                problems.add("expeditedThreshold: must be at least the pass threshold");
            }
        }
        return problems;
    }

    private static void period(String name, Duration period, List<String> problems) {
        if (period == null) {
            problems.add(name + ": required");
        } else if (period.compareTo(SHORTEST_PERIOD) < 0 || period.compareTo(LONGEST_PERIOD) > 0) {
            problems.add(name + ": between 1 minute and 90 days");
        }
    }

    private static void fraction(String name, BigDecimal value, List<String> problems) {
        if (value == null) {
            problems.add(name + ": required");
        } else if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            problems.add(name + ": a fraction between 0 and 1");
        } else if (value.scale() > 5 && value.stripTrailingZeros().scale() > 5) {
            problems.add(name + ": at most 5 decimal places");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrackSettings t && electorate == t.electorate && weighting == t.weighting
                && Objects.equals(votingPeriod, t.votingPeriod) && same(quorum, t.quorum)
                && same(threshold, t.threshold) && same(vetoThreshold, t.vetoThreshold)
                && Objects.equals(expeditedPeriod, t.expeditedPeriod) && same(expeditedThreshold, t.expeditedThreshold);
    }

    @Override
    public int hashCode() {
        return Objects.hash(electorate, weighting, votingPeriod);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
