package org.guildhall.proposals.document.entity;

import java.util.Objects;

/**
 * One thing wrong with a {@link Preamble}.
 *
 * @param field   the preamble field, with an index for list entries: {@code title}, {@code authors[1]},
 *                {@code requires[0]}
 * @param key     stable message key for translation, {@code <field>.<rule>} without the index,
 *                e.g. {@code title.tooLong}, {@code requires.unknown}
 * @param message the problem in English, with the offending value or limit where it helps
 */
public record PreambleProblem(String field, String key, String message) {

    public PreambleProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
    }
}
