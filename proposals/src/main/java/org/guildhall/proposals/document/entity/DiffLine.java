package org.guildhall.proposals.document.entity;

import java.util.Objects;

/**
 * One line of a diff between two revisions, numbered in each revision where it occurs (from 1).
 *
 * @param change        unchanged, added or removed
 * @param oldLineNumber the line's number in the older revision; {@code null} for an added line
 * @param newLineNumber the line's number in the newer revision; {@code null} for a removed line
 * @param text          the line without its terminator
 */
public record DiffLine(LineChange change, Integer oldLineNumber, Integer newLineNumber, String text) {

    public DiffLine {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(text, "text");
        boolean hasOld = change != LineChange.ADDED;
        boolean hasNew = change != LineChange.REMOVED;
        if (hasOld != (oldLineNumber != null) || hasNew != (newLineNumber != null)) {
            throw new IllegalArgumentException(change + " line needs " + (hasOld ? "an" : "no") + " old and "
                    + (hasNew ? "a" : "no") + " new line number, got " + oldLineNumber + " and " + newLineNumber);
        }
        if (oldLineNumber != null && oldLineNumber < 1 || newLineNumber != null && newLineNumber < 1) {
            throw new IllegalArgumentException("Line numbers start at 1, got " + oldLineNumber + " and " + newLineNumber);
        }
    }

    public static DiffLine unchanged(int oldLineNumber, int newLineNumber, String text) {
        return new DiffLine(LineChange.UNCHANGED, oldLineNumber, newLineNumber, text);
    }

    public static DiffLine added(int newLineNumber, String text) {
        return new DiffLine(LineChange.ADDED, null, newLineNumber, text);
    }

    public static DiffLine removed(int oldLineNumber, String text) {
        return new DiffLine(LineChange.REMOVED, oldLineNumber, null, text);
    }
}
