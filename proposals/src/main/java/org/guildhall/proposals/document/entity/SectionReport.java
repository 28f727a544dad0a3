package org.guildhall.proposals.document.entity;

import java.util.List;
import java.util.Objects;

/**
 * The section structure of a proposal body.
 *
 * @param headings        the text of every level-2 heading at the top level of the document, in order
 * @param missing         the required sections with no heading, in the required order; an error
 * @param inRequiredOrder whether the required sections present appear in the required order (first
 *                        occurrence of each); only a warning
 */
public record SectionReport(List<String> headings, List<RequiredSection> missing, boolean inRequiredOrder) {

    public SectionReport {
        headings = List.copyOf(Objects.requireNonNull(headings, "headings"));
        missing = List.copyOf(Objects.requireNonNull(missing, "missing"));
    }

    /** All required sections are present (order is not considered). */
    public boolean complete() {
        return missing.isEmpty();
    }
}
