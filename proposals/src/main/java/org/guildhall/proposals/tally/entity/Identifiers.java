package org.guildhall.proposals.tally.entity;

/** The rule for the identifiers and names that go into result documents and ballot hashes. */
final class Identifiers {

    /** Longest identifier accepted, in UTF-16 code units (enough for a UUID, a DID or a URN). */
    static final int MAX_LENGTH = 256;

    private Identifiers() {
    }

    /**
     * An identifier is 1 to {@value #MAX_LENGTH} characters of well-formed Unicode without control
     * characters, so that it reads the same in every JSON library and canonicalises unambiguously.
     */
    static String require(String kind, String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A " + kind + " has 1 to " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException("A " + kind + " cannot contain control characters");
            }
        }
        return requireWellFormed(kind, value);
    }

    /** Text without unpaired surrogates: such text has no UTF-8 form, so it could not be hashed. */
    static String requireWellFormed(String kind, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("A " + kind + " must be well-formed Unicode");
            }
        }
        return value;
    }
}
