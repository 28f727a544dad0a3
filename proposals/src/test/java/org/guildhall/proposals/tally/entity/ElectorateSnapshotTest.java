package org.guildhall.proposals.tally.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElectorateSnapshotTest {

    @Test
    void listsVotersSortedByIdWhateverTheOrderGiven() {
        ElectorateSnapshot electorate = ElectorateSnapshot.of(Chamber.ORGANISATIONS, List.of(
                new Elector("org-c", 1, Chamber.ORGANISATIONS), new Elector("org-a", 3, Chamber.ORGANISATIONS),
                new Elector("org-b", 2, Chamber.ORGANISATIONS)));

        assertThat(electorate.electors()).extracting(Elector::voter).containsExactly("org-a", "org-b", "org-c");
        assertThat(electorate.weightAt(electorate.indexOf("org-a"))).isEqualTo(3);
        assertThat(electorate.indexOf("org-z")).isEqualTo(-1);
    }

    @Test
    void sumsTheWeightOfEachChamber() {
        ElectorateSnapshot electorate = ElectorateSnapshot.of(EnumSet.allOf(Chamber.class), List.of(
                new Elector("org-a", 5, Chamber.ORGANISATIONS), new Elector("org-b", 7, Chamber.ORGANISATIONS),
                new Elector("did:gh:alice", 1, Chamber.COMMUNITY)));

        assertThat(electorate.weightOf(Chamber.ORGANISATIONS)).isEqualTo(12);
        assertThat(electorate.weightOf(Chamber.COMMUNITY)).isEqualTo(1);
        assertThat(electorate.totalWeight()).isEqualTo(13);
    }

    @Test
    void refusesAVoterListedTwice() {
        assertThatThrownBy(() -> ElectorateSnapshot.of(Chamber.ORGANISATIONS, List.of(
                new Elector("org-a", 1, Chamber.ORGANISATIONS), new Elector("org-a", 2, Chamber.ORGANISATIONS))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void refusesAVoterOfAChamberThatDoesNotVote() {
        assertThatThrownBy(() -> ElectorateSnapshot.of(Chamber.ORGANISATIONS,
                List.of(new Elector("did:gh:alice", 1, Chamber.COMMUNITY))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("community");
    }

    @Test
    void refusesAnElectorateWithoutChambers() {
        assertThatThrownBy(() -> ElectorateSnapshot.of(EnumSet.noneOf(Chamber.class), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesATotalWeightThatDoesNotFitALong() {
        assertThatThrownBy(() -> ElectorateSnapshot.of(Chamber.ORGANISATIONS, List.of(
                new Elector("org-a", Long.MAX_VALUE, Chamber.ORGANISATIONS), new Elector("org-b", 1, Chamber.ORGANISATIONS))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
    }

    @Test
    void refusesNegativeWeights() {
        assertThatThrownBy(() -> new Elector("org-a", -1, Chamber.ORGANISATIONS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsVotersOfWeightZero() {
        ElectorateSnapshot electorate = ElectorateSnapshot.of(Chamber.ORGANISATIONS,
                List.of(new Elector("org-observer", 0, Chamber.ORGANISATIONS)));

        assertThat(electorate.contains("org-observer")).isTrue();
        assertThat(electorate.totalWeight()).isZero();
    }

    @Test
    void refusesVoterIdsWithControlCharactersOrBrokenUnicode() {
        assertThatThrownBy(() -> new Elector("org\na", 1, Chamber.ORGANISATIONS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Elector("org\uD800", 1, Chamber.ORGANISATIONS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Elector("", 1, Chamber.ORGANISATIONS)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Elector("did:gh:机构-\uD83D\uDE00", 1, Chamber.COMMUNITY).voter()).isEqualTo("did:gh:机构-\uD83D\uDE00");
    }

    @Test
    void equalElectoratesAreEqualWhateverTheOrderGiven() {
        Elector a = new Elector("org-a", 1, Chamber.ORGANISATIONS);
        Elector b = new Elector("org-b", 2, Chamber.ORGANISATIONS);

        assertThat(ElectorateSnapshot.of(Chamber.ORGANISATIONS, List.of(a, b)))
                .isEqualTo(ElectorateSnapshot.of(Chamber.ORGANISATIONS, List.of(b, a)));
    }
}
