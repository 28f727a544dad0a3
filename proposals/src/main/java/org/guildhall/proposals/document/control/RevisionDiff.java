package org.guildhall.proposals.document.control;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.ChangeDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeleteDelta;
import com.github.difflib.patch.InsertDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.guildhall.proposals.document.entity.DiffLine;

/**
 * Line diffs between two revisions of a text (java-diff-utils, Myers' algorithm).
 * <p>
 * Lines are split at {@code \n}, {@code \r\n} or {@code \r}; terminators are not part of a line, so
 * revisions that differ only in line-terminator style or in a final newline show no change. Texts are
 * limited to 100,000 characters each, like proposal bodies.
 * <p>
 * Myers' algorithm takes time growing with the product of the text length and the number of edits. So
 * that two long, wholly different texts cannot tie up the server, the search stops after
 * {@value #MAX_EDIT_STEPS} edit steps; the diff then keeps the lines the texts share at their start and
 * end and shows everything between as removed and added. Such a diff is still correct (it turns the old
 * text into the new one), just not minimal.
 */
public final class RevisionDiff {

    static final int MAX_EDIT_STEPS = 4_000;

    private RevisionDiff() {
    }

    /**
     * Every line of both texts in display order: unchanged lines once, and at each change the removed
     * lines before the added ones. Reading the unchanged and removed lines gives the old text, the
     * unchanged and added lines the new one.
     *
     * @throws IllegalArgumentException if a text is longer than 100,000 characters
     */
    public static List<DiffLine> between(String oldText, String newText) {
        List<String> oldLines = lines(Markdown.requireWithinLimit(oldText, "oldText"));
        List<String> newLines = lines(Markdown.requireWithinLimit(newText, "newText"));
        List<DiffLine> result = new ArrayList<>(Math.max(oldLines.size(), newLines.size()));
        int oldIndex = 0;
        int newIndex = 0;
        for (AbstractDelta<String> delta : patch(oldLines, newLines).getDeltas()) {
            while (oldIndex < delta.getSource().getPosition()) {
                result.add(DiffLine.unchanged(oldIndex + 1, newIndex + 1, oldLines.get(oldIndex)));
                oldIndex++;
                newIndex++;
            }
            for (String line : delta.getSource().getLines()) {
                result.add(DiffLine.removed(++oldIndex, line));
            }
            for (String line : delta.getTarget().getLines()) {
                result.add(DiffLine.added(++newIndex, line));
            }
        }
        while (oldIndex < oldLines.size()) {
            result.add(DiffLine.unchanged(oldIndex + 1, newIndex + 1, oldLines.get(oldIndex)));
            oldIndex++;
            newIndex++;
        }
        return List.copyOf(result);
    }

    /**
     * A unified diff as {@code diff -u} and {@code git diff} write it, with the headers
     * {@code --- a/<name>} and {@code +++ b/<name>}, each line ending in {@code \n}. Empty when the texts
     * have the same lines.
     *
     * @param name    what the texts are, e.g. {@code proposal-12.md}; one line
     * @param context unchanged lines shown around each change, at least 0 (3 is usual)
     * @throws IllegalArgumentException if a text is longer than 100,000 characters, the name is blank or
     *                                  has a line break, or the context is negative
     */
    public static String unified(String name, String oldText, String newText, int context) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("The name of a diff must be one non-blank line, got \"" + name + "\"");
        }
        if (context < 0) {
            throw new IllegalArgumentException("Context lines cannot be negative, got " + context);
        }
        List<String> oldLines = lines(Markdown.requireWithinLimit(oldText, "oldText"));
        List<String> newLines = lines(Markdown.requireWithinLimit(newText, "newText"));
        Patch<String> patch = patch(oldLines, newLines);
        if (patch.getDeltas().isEmpty()) {
            return "";
        }
        StringBuilder diff = new StringBuilder();
        for (String line : UnifiedDiffUtils.generateUnifiedDiff("a/" + name, "b/" + name, oldLines, patch, context)) {
            diff.append(line).append('\n');
        }
        return diff.toString();
    }

    static List<String> lines(String text) {
        return text.lines().toList();
    }

    private static Patch<String> patch(List<String> oldLines, List<String> newLines) {
        try {
            return DiffUtils.diff(oldLines, newLines, new MyersDiff<>(), StepLimit.INSTANCE);
        } catch (StepLimit.Reached e) {
            return wholesale(oldLines, newLines);
        }
    }

    /** One change spanning everything between the lines the texts share at their start and at their end. */
    private static Patch<String> wholesale(List<String> oldLines, List<String> newLines) {
        int prefix = 0;
        int shorter = Math.min(oldLines.size(), newLines.size());
        while (prefix < shorter && oldLines.get(prefix).equals(newLines.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shorter - prefix
                && oldLines.get(oldLines.size() - 1 - suffix).equals(newLines.get(newLines.size() - 1 - suffix))) {
            suffix++;
        }
        Chunk<String> source = new Chunk<>(prefix, oldLines.subList(prefix, oldLines.size() - suffix));
        Chunk<String> target = new Chunk<>(prefix, newLines.subList(prefix, newLines.size() - suffix));
        Patch<String> patch = new Patch<>();
        if (source.size() == 0) {
            patch.addDelta(new InsertDelta<>(source, target));
        } else if (target.size() == 0) {
            patch.addDelta(new DeleteDelta<>(source, target));
        } else {
            patch.addDelta(new ChangeDelta<>(source, target));
        }
        return patch;
    }

    /** Stops Myers' search once it needs more than {@link #MAX_EDIT_STEPS} edits. Stateless. */
    private enum StepLimit implements DiffAlgorithmListener {
        INSTANCE;

        @Override
        public void diffStart() {
        }

        @Override
        public void diffStep(int value, int max) {
            if (value > MAX_EDIT_STEPS) {
                throw new Reached();
            }
        }

        @Override
        public void diffEnd() {
        }

        static final class Reached extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Reached() {
                super("Diff stopped after " + MAX_EDIT_STEPS + " edit steps", null, false, false);
            }
        }
    }
}
