package org.guildhall.proposals.document.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.guildhall.proposals.document.entity.Preamble;
import org.guildhall.proposals.document.entity.RequiredSection;
import org.guildhall.proposals.document.entity.SectionReport;

/**
 * The sections of a proposal body: level-2 headings ({@code ## Abstract}, or the setext form) at the
 * top level of the Markdown document, as CommonMark parses it, so that a {@code ##} line inside a code
 * block or a quote is not a section. A section runs from its heading to the next heading of level 1
 * or 2; level-3 and deeper headings belong to the section above them.
 * <p>
 * The Specification section is the normative part of a body. Its text is compared line by line,
 * ignoring line-terminator style, trailing whitespace, blank lines at its edges and how many blank
 * lines separate two others (one or several mean the same in Markdown). Anything else (re-wrapping a
 * paragraph, changing emphasis) counts as a normative change, erring on the side of another review
 * rather than letting a normative edit through Last Call.
 */
public final class Sections {

    private static final Parser PARSER = Markdown.parser().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private Sections() {
    }

    /**
     * Which required sections are missing and whether those present are in the required order.
     *
     * @throws IllegalArgumentException if the body is longer than 100,000 characters
     */
    public static SectionReport check(String markdown) {
        List<String> headings = new ArrayList<>();
        Map<RequiredSection, Integer> firstPosition = new EnumMap<>(RequiredSection.class);
        for (SectionHeading heading : headings(Markdown.requireWithinLimit(markdown, "body"))) {
            if (heading.level() != 2) {
                continue;
            }
            for (RequiredSection section : RequiredSection.values()) {
                if (section.matches(heading.text())) {
                    firstPosition.putIfAbsent(section, headings.size());
                }
            }
            headings.add(heading.text());
        }
        List<RequiredSection> missing = new ArrayList<>();
        boolean inOrder = true;
        int previous = -1;
        for (RequiredSection section : RequiredSection.values()) {
            Integer position = firstPosition.get(section);
            if (position == null) {
                missing.add(section);
            } else {
                inOrder &= position > previous;
                previous = position;
            }
        }
        return new SectionReport(headings, missing, inOrder);
    }

    /**
     * The normalised text of the Specification section, with its subsections; several Specification
     * sections are joined in order. Empty when the body has no Specification section.
     *
     * @throws IllegalArgumentException if the body is longer than 100,000 characters
     */
    public static Optional<String> specification(String markdown) {
        String[] lines = LINE_BREAK.split(Markdown.requireWithinLimit(markdown, "body"), -1);
        List<SectionHeading> headings = headings(markdown).stream().filter(h -> h.level() <= 2).toList();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            SectionHeading heading = headings.get(i);
            if (heading.level() == 2 && RequiredSection.SPECIFICATION.matches(heading.text())) {
                int end = i + 1 < headings.size() ? headings.get(i + 1).firstLine() : lines.length;
                parts.add(normalise(List.of(lines).subList(heading.lastLine() + 1, end)));
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", parts));
    }

    /**
     * Whether the Specification section differs between two revisions of a body (including one having
     * it and the other not). Other sections may change freely.
     */
    public static boolean isNormativeChange(String oldBody, String newBody) {
        return !specification(oldBody).equals(specification(newBody));
    }

    /**
     * Whether an edit is normative: the Specification section changed, or the preamble's type, category
     * or required proposals did (see {@link Preamble#differsNormativelyFrom}). A normative edit during
     * Last Call sends the proposal back to Review.
     */
    public static boolean isNormativeChange(Preamble oldPreamble, String oldBody, Preamble newPreamble,
            String newBody) {
        Objects.requireNonNull(newPreamble, "newPreamble");
        return Objects.requireNonNull(oldPreamble, "oldPreamble").differsNormativelyFrom(newPreamble)
                || isNormativeChange(oldBody, newBody);
    }

    private record SectionHeading(int level, String text, int firstLine, int lastLine) {
    }

    /** The headings that are direct children of the document, with the source lines they occupy. */
    private static List<SectionHeading> headings(String markdown) {
        List<SectionHeading> headings = new ArrayList<>();
        for (Node node = PARSER.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && !heading.getSourceSpans().isEmpty()) {
                List<SourceSpan> spans = heading.getSourceSpans();
                headings.add(new SectionHeading(heading.getLevel(), plainText(heading).strip(),
                        spans.get(0).getLineIndex(), spans.get(spans.size() - 1).getLineIndex()));
            }
        }
        return headings;
    }

    /** The text of a node's inline content, without markup; walks the tree without recursion. */
    static String plainText(Node root) {
        StringBuilder text = new StringBuilder();
        Node node = root.getFirstChild();
        while (node != null) {
            if (node instanceof Text t) {
                text.append(t.getLiteral());
            } else if (node instanceof Code code) {
                text.append(code.getLiteral());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                text.append(' ');
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
            } else {
                while (node != root && node.getNext() == null) {
                    node = node.getParent();
                }
                node = node == root ? null : node.getNext();
            }
        }
        return text.toString();
    }

    /** Trailing whitespace removed, runs of blank lines made one, blank lines at either end dropped. */
    private static String normalise(List<String> lines) {
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            String stripped = line.stripTrailing();
            boolean blankAfterBlank = stripped.isEmpty() && (kept.isEmpty() || kept.get(kept.size() - 1).isEmpty());
            if (!blankAfterBlank) {
                kept.add(stripped);
            }
        }
        if (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        return String.join("\n", kept);
    }
}
