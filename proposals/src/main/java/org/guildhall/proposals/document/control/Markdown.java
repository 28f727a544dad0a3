package org.guildhall.proposals.document.control;

import java.util.List;
import java.util.Objects;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;

/** The Markdown dialect of proposal bodies (CommonMark with GFM tables) and its size limits, shared by the controls. */
final class Markdown {

    /** Longest body accepted, in characters (Unicode code points). */
    static final int MAX_CHARACTERS = 100_000;

    static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    /** Blocks (quotes, lists) nested deeper are read as text; keeps hostile input from exhausting the stack. */
    private static final int MAX_BLOCK_NESTING = 64;
    /** Links and emphasis nested deeper are read as text. */
    private static final int MAX_INLINE_NESTING = 32;

    private Markdown() {
    }

    static Parser.Builder parser() {
        return Parser.builder()
                .extensions(EXTENSIONS)
                .maxOpenBlockParsers(MAX_BLOCK_NESTING)
                .maxInlineNesting(MAX_INLINE_NESTING);
    }

    /** @throws IllegalArgumentException if the text is longer than {@link #MAX_CHARACTERS} */
    static String requireWithinLimit(String text, String what) {
        Objects.requireNonNull(text, what);
        // length() bounds the code point count from above: only count when it could matter.
        if (text.length() > MAX_CHARACTERS && text.codePointCount(0, text.length()) > MAX_CHARACTERS) {
            throw new IllegalArgumentException(what + " has " + text.codePointCount(0, text.length())
                    + " characters; at most " + MAX_CHARACTERS + " are allowed.");
        }
        return text;
    }
}
