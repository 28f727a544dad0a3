package org.guildhall.portal.proposals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.guildhall.proposals.tally.entity.Chamber;
import org.guildhall.proposals.tally.entity.ChamberTally;
import org.guildhall.proposals.tally.entity.OptionTotals;
import org.guildhall.proposals.tally.entity.TallyRule;

/**
 * One chamber's tally as three bars against the rule it is decided by: turnout against the quorum,
 * the yes / no / veto shares of the non-abstaining weight against the pass threshold, and the veto
 * share of all voting weight against the veto threshold. Every value is a percentage written for an
 * SVG attribute ("33.4", dot as decimal separator, 0 to 100); the decision itself is the tally's.
 */
public final class TallyChart {

    private final ChamberTally tally;
    private final TallyRule rule;

    TallyChart(ChamberTally tally, TallyRule rule) {
        this.tally = tally;
        this.rule = rule;
    }

    public Chamber chamber() {
        return tally.chamber();
    }

    public OptionTotals totals() {
        return tally.totals();
    }

    public ChamberTally tally() {
        return tally;
    }

    public String turnout() {
        return percent(tally.turnout());
    }

    public String quorum() {
        return percent(rule.quorum());
    }

    public String yes() {
        return percent(share(totals().yes(), totals().nonAbstainingWeight()));
    }

    public String no() {
        return percent(share(totals().no(), totals().nonAbstainingWeight()));
    }

    public String veto() {
        return percent(share(totals().noWithVeto(), totals().nonAbstainingWeight()));
    }

    /** Where the no segment starts: after yes. */
    public String noStart() {
        return percent(share(totals().yes(), totals().nonAbstainingWeight()));
    }

    /** Where the veto segment starts: after yes and no. */
    public String vetoStart() {
        return percent(share(totals().yes() + totals().no(), totals().nonAbstainingWeight()));
    }

    public String threshold() {
        return percent(rule.threshold());
    }

    /** No-with-veto over all voting weight, abstentions included: what the veto threshold applies to. */
    public String vetoOfVoting() {
        return percent(share(totals().noWithVeto(), totals().votingWeight()));
    }

    public String vetoThreshold() {
        return percent(rule.vetoThreshold());
    }

    /** A fraction as a percentage: 0.334 → "33.4", 1/3 → "33.33"; clamped to 0 to 100. */
    static String percent(BigDecimal fraction) {
        if (fraction == null) {
            return "0";
        }
        BigDecimal clamped = fraction.max(BigDecimal.ZERO).min(BigDecimal.ONE);
        BigDecimal value = clamped.movePointRight(2).setScale(2, RoundingMode.DOWN);
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), MathContext.DECIMAL64);
    }
}
