package org.guildhall.proposals.voting.control;

/** Quotes a value taken from a voter's input for an error message: shortened, control characters replaced. */
final class UntrustedText {

    private static final int MAX_QUOTED = 64;

    private UntrustedText() {
    }

    /** {@code 'value'}, cut to 64 characters with an ellipsis; {@code null} for a JSON null or a missing value. */
    static String quote(Object value) {
        if (value == null) {
            return "null";
        }
        String text = String.valueOf(value);
        StringBuilder quoted = new StringBuilder("'");
        text.codePoints().limit(MAX_QUOTED).forEach(c -> quoted.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        if (text.codePointCount(0, text.length()) > MAX_QUOTED) {
            quoted.append('…');
        }
        return quoted.append('\'').toString();
    }
}
