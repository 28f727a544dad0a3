package org.guildhall.proposals.document.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.guildhall.proposals.document.entity.Preamble;
import org.guildhall.proposals.document.entity.PreambleProblem;
import org.guildhall.proposals.document.entity.ProposalType;

/**
 * Checks a {@link Preamble} against the rules of EIP-1 as Guildhall applies them. Reports every
 * problem at once, in field order; an empty list means the preamble is valid. "Characters" are
 * Unicode code points, so a title of 44 Chinese characters is as long as one of 44 Latin letters.
 * Thread-safe.
 */
public final class PreambleValidator {

    public static final int MAX_TITLE = 44;
    public static final int MAX_DESCRIPTION = 140;
    /** Longer author entries are refused before the pattern runs. */
    static final int MAX_AUTHOR = 200;

    private static final String NAME = "[^\\s<>()@,\\p{Cc}](?:[^<>()@,\\p{Cc}]*[^\\s<>()@,\\p{Cc}])?";
    private static final String HANDLE = "\\(@[A-Za-z0-9][A-Za-z0-9._-]{0,38}\\)";
    private static final String EMAIL = "<[^\\s<>()@,]+@(?:[^\\s<>()@,.]+\\.)+[^\\s<>()@,.]+>";
    private static final Pattern AUTHOR = Pattern.compile(
            NAME + " (?:" + HANDLE + "|" + EMAIL + "|" + HANDLE + " " + EMAIL + ")");

    private final Clock clock;

    /**
     * @param clock decides "today" for the created date, in its zone; pass one in the federation's
     *              zone (or UTC) so that a date is not refused as future on the day it was entered
     */
    public PreambleValidator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Validates the preamble of a draft that has no number yet. */
    public List<PreambleProblem> validate(Preamble preamble, IntPredicate proposalExists) {
        return validate(preamble, null, proposalExists);
    }

    /**
     * @param preamble       what the author entered
     * @param ownNumber      the proposal's own number, {@code null} for a draft not yet numbered
     * @param proposalExists whether a proposal with that number exists (asked only for well-formed,
     *                       distinct numbers other than the proposal's own)
     * @return the problems, in field order; empty when the preamble is valid
     */
    public List<PreambleProblem> validate(Preamble preamble, Integer ownNumber, IntPredicate proposalExists) {
        Objects.requireNonNull(preamble, "preamble");
        Objects.requireNonNull(proposalExists, "proposalExists");
        List<PreambleProblem> problems = new ArrayList<>();
        line(problems, "title", "Title", preamble.title(), MAX_TITLE);
        line(problems, "description", "Description", preamble.description(), MAX_DESCRIPTION);
        authors(problems, preamble.authors());
        discussionsTo(problems, preamble.discussionsTo());
        typeAndCategory(problems, preamble);
        created(problems, preamble.created());
        requires(problems, preamble.requires(), ownNumber, proposalExists);
        return List.copyOf(problems);
    }

    /** A one-line text field: present, not too long, no surrounding whitespace, no control characters. */
    private static void line(List<PreambleProblem> problems, String field, String label, String value, int max) {
        if (value == null || isBlank(value)) {
            problems.add(new PreambleProblem(field, field + ".blank", label + " is required."));
            return;
        }
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            problems.add(new PreambleProblem(field, field + ".tooLong",
                    label + " must be at most " + max + " characters; it has " + length + "."));
        }
        if (isSpace(value.codePointAt(0)) || isSpace(value.codePointBefore(value.length()))) {
            problems.add(new PreambleProblem(field, field + ".surroundingWhitespace",
                    label + " must not start or end with whitespace."));
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            problems.add(new PreambleProblem(field, field + ".controlCharacter",
                    label + " must be a single line without control characters."));
        }
    }

    private static void authors(List<PreambleProblem> problems, List<String> authors) {
        if (authors.isEmpty()) {
            problems.add(new PreambleProblem("authors", "authors.missing", "At least one author is required."));
            return;
        }
        for (int i = 0; i < authors.size(); i++) {
            String author = authors.get(i);
            if (author == null || author.length() > MAX_AUTHOR || !AUTHOR.matcher(author).matches()) {
                problems.add(new PreambleProblem("authors[" + i + "]", "authors.malformed",
                        "Author " + (i + 1) + " must be written \"Name <email>\", \"Name (@handle)\" or "
                                + "\"Name (@handle) <email>\"."));
            }
        }
    }

    private static void discussionsTo(List<PreambleProblem> problems, String link) {
        String field = "discussionsTo";
        if (link == null || isBlank(link)) {
            problems.add(new PreambleProblem(field, field + ".blank", "A discussions link is required."));
            return;
        }
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            problems.add(malformedLink());
            return;
        }
        if (!uri.isAbsolute() || uri.isOpaque()) {
            problems.add(malformedLink());
        } else if (!"https".equals(uri.getScheme().toLowerCase(Locale.ROOT))) {
            problems.add(new PreambleProblem(field, field + ".notHttps", "The discussions link must use https."));
        } else if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            // No host: a registry-based authority such as "https://:443" or an unencoded international name.
            // User info ("https://good.example@evil.example/") only serves to mislead readers.
            problems.add(malformedLink());
        }
    }

    private static PreambleProblem malformedLink() {
        return new PreambleProblem("discussionsTo", "discussionsTo.malformed",
                "The discussions link must be an absolute URL such as https://forum.example.org/t/123.");
    }

    private static void typeAndCategory(List<PreambleProblem> problems, Preamble preamble) {
        ProposalType type = preamble.type();
        if (type == null) {
            problems.add(new PreambleProblem("type", "type.missing", "The proposal type is required."));
        } else if (type.requiresCategory() && preamble.category() == null) {
            problems.add(new PreambleProblem("category", "category.missing",
                    "A Standards Track proposal needs a category."));
        } else if (!type.requiresCategory() && preamble.category() != null) {
            problems.add(new PreambleProblem("category", "category.forbidden",
                    "Only a Standards Track proposal has a category."));
        }
    }

    private void created(List<PreambleProblem> problems, LocalDate created) {
        if (created == null) {
            problems.add(new PreambleProblem("created", "created.missing", "The created date is required."));
        } else if (created.isAfter(LocalDate.now(clock))) {
            problems.add(new PreambleProblem("created", "created.inFuture",
                    "The created date " + created + " is in the future."));
        }
    }

    private static void requires(List<PreambleProblem> problems, List<Integer> requires, Integer ownNumber,
            IntPredicate proposalExists) {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < requires.size(); i++) {
            Integer number = requires.get(i);
            String field = "requires[" + i + "]";
            if (number == null || number < 1) {
                problems.add(new PreambleProblem(field, "requires.invalid",
                        "Required proposal numbers are positive; got " + number + "."));
            } else if (!seen.add(number)) {
                problems.add(new PreambleProblem(field, "requires.duplicate",
                        "Proposal " + number + " is required more than once."));
            } else if (number.equals(ownNumber)) {
                problems.add(new PreambleProblem(field, "requires.self", "A proposal cannot require itself."));
            } else if (!proposalExists.test(number)) {
                problems.add(new PreambleProblem(field, "requires.unknown",
                        "Proposal " + number + " does not exist."));
            }
        }
    }

    private static boolean isBlank(String value) {
        return value.codePoints().allMatch(PreambleValidator::isSpace);
    }

    /** Whitespace in the widest sense: also no-break and ideographic spaces. */
    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }
}
