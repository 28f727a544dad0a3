package org.guildhall.proposals.document.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.guildhall.proposals.document.entity.PreambleBuilder.preamble;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreambleTest {

    @Test
    void editorialFieldsAreNotNormative() {
        Preamble before = preamble().build();
        Preamble after = preamble().title("Renewing node certificates").description("Other words.")
                .authors("Someone Else <else@example.org>").discussionsTo("https://elsewhere.example/t/1")
                .created(LocalDate.of(2024, 1, 1)).build();

        assertThat(before.differsNormativelyFrom(after)).isFalse();
    }

    @Test
    void typeCategoryAndRequiresAreNormative() {
        Preamble before = preamble().requires(1, 2).build();

        assertThat(before.differsNormativelyFrom(preamble().requires(1, 2).uncategorised(ProposalType.META).build()))
                .isTrue();
        assertThat(before.differsNormativelyFrom(preamble().requires(1, 2).category(Category.NETWORKING).build()))
                .isTrue();
        assertThat(before.differsNormativelyFrom(preamble().requires(1, 2, 3).build())).isTrue();
        assertThat(before.differsNormativelyFrom(preamble().requires(1).build())).isTrue();
    }

    @Test
    void reorderingRequiredProposalsIsNotNormative() {
        assertThat(preamble().requires(1, 2).build().differsNormativelyFrom(preamble().requires(2, 1).build())).isFalse();
    }

    @Test
    void listsAreCopiedAndCannotBeChanged() {
        List<String> authors = new ArrayList<>(List.of("A <a@example.org>"));
        Preamble preamble = new Preamble("T", "D", authors, null, null, null, null, null);
        authors.add("B <b@example.org>");

        assertThat(preamble.authors()).containsExactly("A <a@example.org>");
        assertThat(preamble.requires()).isEmpty();
        assertThatThrownBy(() -> preamble.authors().add("C <c@example.org>"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void keepsNullEntriesForTheValidatorToReport() {
        Preamble preamble = preamble().authors("A <a@example.org>", null).requires(1, null).build();

        assertThat(preamble.authors()).containsExactly("A <a@example.org>", null);
        assertThat(preamble.requires()).containsExactly(1, null);
    }
}
