package org.guildhall.proposals.document.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.guildhall.proposals.document.control.MarkdownRenderer;
import org.guildhall.proposals.document.control.RevisionDiff;
import org.guildhall.proposals.document.control.Sections;
import org.guildhall.proposals.document.entity.DiffLine;
import org.guildhall.proposals.document.entity.SectionReport;

/**
 * What pages and the API show of a proposal's text: its Markdown as sanitised HTML (safe to insert
 * into a page whatever the input), its sections, and the difference between two revisions.
 */
@ApplicationScoped
public class ProposalRendering {

    public String html(String markdown) {
        return markdown == null ? "" : MarkdownRenderer.render(markdown);
    }

    public SectionReport sections(String markdown) {
        return Sections.check(markdown == null ? "" : markdown);
    }

    public List<DiffLine> diff(String older, String newer) {
        return RevisionDiff.between(clip(older), clip(newer));
    }

    /** A unified diff (three lines of context) of two revisions' texts, named after the revisions. */
    public String unifiedDiff(String name, String older, String newer) {
        return RevisionDiff.unified(name, clip(older), clip(newer), 3);
    }

    /** A revision's text is its preamble and a body of at most 100,000 characters; the diff shows at most that. */
    private static String clip(String text) {
        return text.length() <= 100_000 ? text : text.substring(0, 100_000);
    }
}
