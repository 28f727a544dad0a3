package org.guildhall.proposals.track.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TrackSettingsTest {

    private static TrackSettings settings(String quorum, String threshold, String veto, Duration period,
                                          Duration expeditedPeriod, String expeditedThreshold) {
        return new TrackSettings(Electorate.ORGANISATIONS, Weighting.ONE_PER_ORGANISATION, period, new BigDecimal(quorum),
                new BigDecimal(threshold), new BigDecimal(veto), expeditedPeriod,
                expeditedThreshold == null ? null : new BigDecimal(expeditedThreshold));
    }

    @Test
    void acceptsTheCosmosDefaultsWithAnExpeditedVariant() {
        assertThat(settings("0.334", "0.5", "0.334", Duration.ofDays(14), Duration.ofDays(3), "0.667").problems()).isEmpty();
    }

    @Test
    void acceptsFractionsAtBothEndsOfTheRange() {
        assertThat(settings("0", "1", "1.00000", Duration.ofMinutes(1), null, null).problems()).isEmpty();
    }

    @Test
    void refusesFractionsOutsideZeroToOne() {
        assertThat(settings("-0.1", "1.00001", "2", Duration.ofDays(1), null, null).problems())
                .anyMatch(p -> p.startsWith("quorum:")).anyMatch(p -> p.startsWith("threshold:"))
                .anyMatch(p -> p.startsWith("vetoThreshold:"));
    }

    @Test
    void refusesMoreThanFiveDecimalPlaces() {
        assertThat(settings("0.333333", "0.5", "0.334", Duration.ofDays(1), null, null).problems())
                .containsExactly("quorum: at most 5 decimal places");
    }

    @Test
    void refusesPeriodsShorterThanAMinuteOrLongerThanNinetyDays() {
        assertThat(settings("0.3", "0.5", "0.3", Duration.ofSeconds(59), null, null).problems())
                .containsExactly("votingPeriod: between 1 minute and 90 days");
        assertThat(settings("0.3", "0.5", "0.3", Duration.ofDays(90).plusSeconds(1), null, null).problems())
                .containsExactly("votingPeriod: between 1 minute and 90 days");
    }

    @Test
    void refusesAnExpeditedVariantThatIsNotShorterOrHasALowerThreshold() {
        assertThat(settings("0.3", "0.5", "0.3", Duration.ofDays(3), Duration.ofDays(3), "0.4").problems())
                .contains("expeditedPeriod: must be shorter than the voting period",
                        "expeditedThreshold: must be at least the pass threshold");
    }

    @Test
    void refusesHalfAnExpeditedVariant() {
        assertThat(settings("0.3", "0.5", "0.3", Duration.ofDays(3), Duration.ofDays(1), null).problems())
                .containsExactly("expedited: give both its period and its threshold, or neither");
    }

    @Test
    void comparesFractionsByValueNotScale() {
        assertThat(settings("0.5", "0.5", "0.5", Duration.ofDays(1), null, null))
                .isEqualTo(settings("0.50000", "0.5", "0.5", Duration.ofDays(1), null, null));
    }
}
