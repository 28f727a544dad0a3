package org.guildhall.registry.identifier.entity;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Handle-style identifier, {@code <domain-code>/<suffix>}: the prefix is the four lowercase letters or
 * digits of the domain it is registered under; the suffix is 1 to 128 of {@code A-Z a-z 0-9 . _ ~ -}
 * (RFC 3986 unreserved characters) and {@code /} between segments (not first, not last, never two in a
 * row). A segment is never {@code .} or {@code ..} (URI normalisation would remove it), and the last one
 * is never {@code versions} or {@code withdrawal}: under {@code /api/v1/identifiers/} those end the paths
 * of a history and of a withdrawal, so such a handle could not be read. Handles compare case-sensitively,
 * as text.
 */
public record Handle(String prefix, String suffix) {

    public static final int MAX_SUFFIX = 128;
    public static final int MAX_LENGTH = 140;
    private static final Pattern PREFIX = Pattern.compile("[a-z0-9]{4}");
    private static final Pattern SUFFIX = Pattern.compile("[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*");
    private static final Set<String> RESERVED_LAST_SEGMENTS = Set.of("versions", "withdrawal");

    public Handle {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw invalid("The prefix of a handle is a domain code of four lowercase letters or digits, not '"
                    + prefix + "'.");
        }
        if (suffix == null || suffix.isEmpty() || suffix.length() > MAX_SUFFIX) {
            throw invalid("The suffix of a handle has 1 to " + MAX_SUFFIX + " characters.");
        }
        if (!SUFFIX.matcher(suffix).matches()) {
            throw invalid("The suffix '" + suffix + "' may hold A-Z, a-z, 0-9, '.', '_', '~', '-' and '/' between"
                    + " segments (not first, not last, not '//').");
        }
        String[] segments = suffix.split("/");
        for (String segment : segments) {
            if (segment.equals(".") || segment.equals("..")) {
                throw invalid("A segment of a handle's suffix is never '.' or '..'.");
            }
        }
        if (RESERVED_LAST_SEGMENTS.contains(segments[segments.length - 1])) {
            throw invalid("The last segment of a handle's suffix is never 'versions' or 'withdrawal'.");
        }
    }

    /** Parses {@code <prefix>/<suffix>}; {@link IdentifierException} {@code invalid-identifier} otherwise. */
    public static Handle parse(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            throw invalid("A handle is <domain-code>/<suffix>, at most " + MAX_LENGTH + " characters.");
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw invalid("A handle is <domain-code>/<suffix>, not '" + text + "'.");
        }
        return new Handle(text.substring(0, slash), text.substring(slash + 1));
    }

    @Override
    public String toString() {
        return prefix + "/" + suffix;
    }

    private static IdentifierException invalid(String message) {
        return IdentifierException.invalid("invalid-identifier", message);
    }
}
