/**
 * Proposal documents as text: the EIP-1 style preamble and its rules, the required sections of the
 * Markdown body, safe rendering of the body to HTML, and line diffs between revisions. Pure Java,
 * no container, no database: the proposal lifecycle and the boundary call these when a proposal is
 * created, edited or shown.
 * <p>
 * Invariants:
 * <ul>
 * <li>{@link org.guildhall.proposals.document.control.MarkdownRenderer#render} returns HTML with no
 * script, no event handler, no style and no {@code javascript:}, {@code vbscript:} or {@code data:} URL,
 * whatever the input: raw HTML in the Markdown is escaped, then the output passes an allow-list
 * sanitiser. Images are shown as links, never embedded.</li>
 * <li>A preamble is valid exactly when
 * {@link org.guildhall.proposals.document.control.PreambleValidator#validate} finds no problem; every
 * problem has a stable message key ({@code title.tooLong}) for translation and an English message.</li>
 * <li>Lengths are counted in Unicode code points, so Chinese text counts one per character. Bodies
 * and diffed texts are limited to 100,000 characters ({@link java.lang.IllegalArgumentException} beyond).</li>
 * <li>An edit is normative when the Specification section (with its subsections) or the preamble's
 * type, category or required proposals change; a normative edit during Last Call sends the proposal
 * back to Review.</li>
 * </ul>
 * Out of scope: storing proposals and revisions, numbering, statuses and who may change them (the
 * proposal lifecycle), comments, and anything shown in the portal.
 */
package org.guildhall.proposals.document;
