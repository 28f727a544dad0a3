package org.guildhall.proposals.document.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The preamble of a proposal document, as its author entered it: a carrier of possibly invalid input
 * (see {@code PreambleValidator}), immutable. Any field may be {@code null}; the lists are never
 * {@code null} (a {@code null} list becomes empty) but may hold {@code null} elements, which the
 * validator reports.
 *
 * @param title         at most 44 characters (code points), no surrounding whitespace
 * @param description   one line, at most 140 characters
 * @param authors       each {@code "Name <email>"}, {@code "Name (@handle)"} or {@code "Name (@handle) <email>"}
 * @param discussionsTo absolute https URL of the discussion thread
 * @param type          the proposal type
 * @param category      required for Standards Track, {@code null} otherwise
 * @param created       the date the proposal was first drafted
 * @param requires      numbers of the proposals this one depends on
 */
public record Preamble(String title, String description, List<String> authors, String discussionsTo,
        ProposalType type, Category category, LocalDate created, List<Integer> requires) {

    public Preamble {
        authors = copy(authors);
        requires = copy(requires);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /**
     * Whether the fields that change what implementers must do differ: type, category, or the set of
     * required proposals (their order does not matter). Title, description, authors, discussion link
     * and created date are editorial.
     */
    public boolean differsNormativelyFrom(Preamble other) {
        Objects.requireNonNull(other, "other");
        return type != other.type
                || category != other.category
                || !new HashSet<>(requires).equals(new HashSet<>(other.requires));
    }
}
