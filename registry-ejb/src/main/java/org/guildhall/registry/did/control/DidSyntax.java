package org.guildhall.registry.did.control;

import org.guildhall.registry.did.entity.Did;
import org.guildhall.registry.did.entity.DidSyntaxException;
import org.guildhall.registry.did.entity.DidUrl;

/**
 * The W3C DID Core 1.0 syntax, exactly its ABNF (§3.1, §3.2) with RFC 3986's rules for the path,
 * query and fragment:
 * <pre>
 * did                = "did:" method-name ":" method-specific-id
 * method-name        = 1*method-char
 * method-char        = %x61-7A / DIGIT
 * method-specific-id = *( *idchar ":" ) 1*idchar
 * idchar             = ALPHA / DIGIT / "." / "-" / "_" / pct-encoded
 * pct-encoded        = "%" HEXDIG HEXDIG
 * did-url            = did path-abempty [ "?" query ] [ "#" fragment ]
 * path-abempty       = *( "/" segment )
 * segment            = *pchar
 * pchar              = unreserved / pct-encoded / sub-delims / ":" / "@"
 * query, fragment    = *( pchar / "/" / "?" )
 * unreserved         = ALPHA / DIGIT / "-" / "." / "_" / "~"
 * sub-delims         = "!" / "$" / "&amp;" / "'" / "(" / ")" / "*" / "+" / "," / ";" / "="
 * </pre>
 * The scheme {@code did:} must be lowercase: ABNF string literals are case-insensitive, but DID Core's
 * prose requires the lowercase scheme name. HEXDIG is case-insensitive ({@code %2f} and {@code %2F}
 * both parse; they are different DIDs as text). Input longer than {@link #MAX_LENGTH} characters is
 * refused before it is read. Errors are {@link DidSyntaxException}s naming the zero-based position.
 */
public final class DidSyntax {

    /** The longest DID or DID URL accepted, in characters. */
    public static final int MAX_LENGTH = 2048;

    private static final String SCHEME = "did:";
    private static final String SUB_DELIMS = "!$&'()*+,;=";

    private DidSyntax() {
    }

    /** Whether {@code text} is a DID (not a DID URL with path, query or fragment). */
    public static boolean isDid(String text) {
        try {
            parseDid(text);
            return true;
        } catch (DidSyntaxException e) {
            return false;
        }
    }

    /** The DID {@code text} is; {@link DidSyntaxException} when it is anything else, a DID URL included. */
    public static Did parseDid(String text) {
        Parser parser = new Parser(text);
        Did did = parser.did();
        if (parser.at < text.length()) {
            throw parser.error("a DID has no path, query or fragment, but " + describe(text.charAt(parser.at))
                    + " starts one");
        }
        return did;
    }

    /** The DID URL {@code text} is (a plain DID is a DID URL too). */
    public static DidUrl parseDidUrl(String text) {
        Parser parser = new Parser(text);
        Did did = parser.did();
        String path = parser.path();
        String query = null;
        String fragment = null;
        if (parser.peek() == '?') {
            parser.at++;
            query = parser.queryOrFragment("query");
        }
        if (parser.peek() == '#') {
            parser.at++;
            fragment = parser.queryOrFragment("fragment");
        }
        if (parser.at < text.length()) {
            throw parser.error(describe(text.charAt(parser.at)) + " is not allowed here"
                    + (text.charAt(parser.at) == '#' ? " (a DID URL has at most one fragment)" : ""));
        }
        return new DidUrl(did, path, query, fragment);
    }

    /** Whether {@code text} is a method-name: one or more lowercase ASCII letters and digits. */
    static boolean isMethodName(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isMethodChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isMethodChar(char c) {
        return c >= 'a' && c <= 'z' || isDigit(c);
    }

    static boolean isAlpha(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(char c) {
        return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static boolean isIdCharOtherThanPct(char c) {
        return isAlpha(c) || isDigit(c) || c == '.' || c == '-' || c == '_';
    }

    private static boolean isPcharOtherThanPct(char c) {
        return isAlpha(c) || isDigit(c) || c == '-' || c == '.' || c == '_' || c == '~'
                || SUB_DELIMS.indexOf(c) >= 0 || c == ':' || c == '@';
    }

    /** A character for a message: printable ASCII quoted, anything else as its code point. */
    static String describe(char c) {
        if (c >= 0x21 && c <= 0x7e) {
            return "'" + c + "'";
        }
        return String.format("U+%04X", (int) c) + (c == ' ' ? " (space)" : "");
    }

    /** Untrusted text for a message: at most 64 characters, non-printable ones escaped. */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        int shown = Math.min(text.length(), 64);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c <= 0x7e && c != '"' && c != '\\') {
                quoted.append(c);
            } else {
                quoted.append(String.format("\\u%04x", (int) c));
            }
        }
        return quoted.append(text.length() > shown ? "\"..." : "\"").toString();
    }

    /** A recursive-descent reader over one input; {@code at} is the next character to read. */
    private static final class Parser {

        private final String text;
        private int at;

        Parser(String text) {
            if (text == null) {
                throw new DidSyntaxException("no DID was given", -1);
            }
            if (text.length() > MAX_LENGTH) {
                throw new DidSyntaxException("the DID is " + text.length() + " characters long; at most "
                        + MAX_LENGTH + " are accepted", -1);
            }
            this.text = text;
        }

        char peek() {
            return at < text.length() ? text.charAt(at) : '\0';
        }

        boolean atEnd() {
            return at >= text.length();
        }

        DidSyntaxException error(String what) {
            return new DidSyntaxException("not a valid DID" + (atEnd() ? "" : " at position " + at) + ": " + what
                    + ", in " + quote(text), atEnd() ? text.length() : at);
        }

        Did did() {
            if (!text.startsWith(SCHEME)) {
                while (at < SCHEME.length() && !atEnd() && peek() == SCHEME.charAt(at)) {
                    at++;
                }
                throw error(text.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                        ? "the scheme must be lowercase \"did:\"" : "a DID starts with \"did:\"");
            }
            at = SCHEME.length();
            int methodStart = at;
            while (!atEnd() && isMethodChar(peek())) {
                at++;
            }
            if (atEnd()) {
                throw error(at == methodStart ? "the method name is missing" : "the method name must be followed by ':' and a method-specific-id");
            }
            if (peek() != ':') {
                throw error(describe(peek()) + " is not allowed in a method name (lowercase ASCII letters and digits only)");
            }
            if (at == methodStart) {
                throw error("the method name is empty");
            }
            String method = text.substring(methodStart, at);
            at++;
            int idStart = at;
            while (!atEnd()) {
                char c = peek();
                if (c == '%') {
                    pctEncoded();
                } else if (c == ':' || isIdCharOtherThanPct(c)) {
                    at++;
                } else {
                    break;
                }
            }
            if (at == idStart && (atEnd() || "/?#".indexOf(peek()) >= 0)) {
                throw error("the method-specific-id is missing");
            }
            if (!atEnd() && peek() != '/' && peek() != '?' && peek() != '#') {
                throw error(describe(peek()) + " is not allowed in a method-specific-id"
                        + " (letters, digits, '.', '-', '_', ':' and %-escapes only)");
            }
            if (at > idStart && text.charAt(at - 1) == ':') {
                at--;
                throw error("a method-specific-id must not end with ':'");
            }
            return new Did(method, text.substring(idStart, at));
        }

        String path() {
            int start = at;
            while (peek() == '/') {
                at++;
                pchars();
            }
            if (!atEnd() && peek() != '?' && peek() != '#') {
                throw error(describe(peek()) + " is not allowed in a path");
            }
            return text.substring(start, at);
        }

        String queryOrFragment(String part) {
            int start = at;
            while (!atEnd()) {
                char c = peek();
                if (c == '/' || c == '?') {
                    at++;
                } else if (!pchar()) {
                    break;
                }
            }
            if (!atEnd() && peek() != '#') {
                throw error(describe(peek()) + " is not allowed in a " + part);
            }
            return text.substring(start, at);
        }

        private void pchars() {
            while (!atEnd() && pchar()) {
                // each call consumed one pchar
            }
        }

        /** Reads one pchar if there is one; false (nothing read) otherwise. */
        private boolean pchar() {
            char c = peek();
            if (c == '%') {
                pctEncoded();
                return true;
            }
            if (isPcharOtherThanPct(c)) {
                at++;
                return true;
            }
            return false;
        }

        private void pctEncoded() {
            for (int i = 1; i <= 2; i++) {
                if (at + i >= text.length() || !isHexDigit(text.charAt(at + i))) {
                    at += Math.min(i, text.length() - at);
                    throw error("'%' must be followed by two hexadecimal digits");
                }
            }
            at += 3;
        }
    }
}
