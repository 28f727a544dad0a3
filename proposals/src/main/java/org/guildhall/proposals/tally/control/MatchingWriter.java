package org.guildhall.proposals.tally.control;

import java.io.Writer;

/**
 * A writer that keeps nothing: it only tells whether what was written equals a given text, so that a
 * large document can be compared with its rendition without holding a second copy.
 */
final class MatchingWriter extends Writer {

    private final String expected;
    private int position;
    private boolean matching = true;

    MatchingWriter(String expected) {
        this.expected = expected;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        if (!matching) {
            return;
        }
        if (length > expected.length() - position) {
            matching = false;
            return;
        }
        for (int i = 0; i < length; i++) {
            if (chars[offset + i] != expected.charAt(position + i)) {
                matching = false;
                return;
            }
        }
        position += length;
    }

    @Override
    public void write(String text, int offset, int length) {
        if (matching && (length > expected.length() - position || !expected.regionMatches(position, text, offset, length))) {
            matching = false;
        }
        position += matching ? length : 0;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** Whether everything written so far, and nothing less, is the expected text. */
    boolean matchesWhole() {
        return matching && position == expected.length();
    }
}
