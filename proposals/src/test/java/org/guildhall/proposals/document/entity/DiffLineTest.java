package org.guildhall.proposals.document.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DiffLineTest {

    @Test
    void eachKindCarriesTheLineNumbersOfTheRevisionsItIsIn() {
        assertThat(DiffLine.unchanged(3, 4, "x")).isEqualTo(new DiffLine(LineChange.UNCHANGED, 3, 4, "x"));
        assertThat(DiffLine.added(4, "x")).isEqualTo(new DiffLine(LineChange.ADDED, null, 4, "x"));
        assertThat(DiffLine.removed(3, "x")).isEqualTo(new DiffLine(LineChange.REMOVED, 3, null, "x"));
    }

    @Test
    void refusesLineNumbersThatDoNotFitTheKind() {
        assertThatThrownBy(() -> new DiffLine(LineChange.ADDED, 1, 1, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DiffLine(LineChange.REMOVED, 1, 1, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DiffLine(LineChange.UNCHANGED, null, 1, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DiffLine.unchanged(0, 1, "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
