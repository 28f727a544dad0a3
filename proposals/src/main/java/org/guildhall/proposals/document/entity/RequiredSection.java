package org.guildhall.proposals.document.entity;

import java.util.Locale;

/** The level-2 sections every proposal body must have, in the order they should appear. */
public enum RequiredSection {

    ABSTRACT("Abstract"),
    MOTIVATION("Motivation"),
    /** The normative section: an edit here during Last Call sends the proposal back to Review. */
    SPECIFICATION("Specification"),
    RATIONALE("Rationale"),
    SECURITY_CONSIDERATIONS("Security Considerations");

    private final String heading;

    RequiredSection(String heading) {
        this.heading = heading;
    }

    /** The heading as it should be written, e.g. {@code Security Considerations}. */
    public String heading() {
        return heading;
    }

    /** Whether a heading's text names this section: case-insensitive, surrounding and repeated whitespace ignored. */
    public boolean matches(String headingText) {
        return headingText != null && normalise(headingText).equals(normalise(heading));
    }

    private static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
