package org.guildhall.portal.proposals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guildhall.portal.shell.Messages;
import org.guildhall.proposals.document.entity.PreambleProblem;
import org.guildhall.proposals.proposal.entity.InvalidProposalException;

/**
 * The problems the rules find in a proposal's text, in the reader's language: a bundle entry
 * {@code problem.<key>} when there is one (its arguments are the details the English text carries),
 * else the boundary's English message, which names the offending value itself.
 */
final class ProblemMessages {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    private ProblemMessages() {
    }

    static String text(PreambleProblem problem, Object... arguments) {
        String key = "problem." + problem.key();
        String text = Messages.text(key, arguments);
        return text.equals(key) ? problem.message() : text;
    }

    /** Shows each problem as a page message (refusals that are not about a form field, such as missing sections). */
    static void show(InvalidProposalException refusal) {
        for (PreambleProblem problem : refusal.problems()) {
            Messages.errorText(text(problem, quoted(problem.message())));
        }
    }

    /** The first quoted part of an English message, such as a missing section's heading. */
    static String quoted(String message) {
        Matcher matcher = QUOTED.matcher(message);
        return matcher.find() ? matcher.group(1) : "";
    }
}
