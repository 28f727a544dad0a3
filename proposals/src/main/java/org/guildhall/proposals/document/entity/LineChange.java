package org.guildhall.proposals.document.entity;

/** How a line fares between two revisions. */
public enum LineChange {
    /** In both revisions. */
    UNCHANGED,
    /** Only in the newer revision. */
    ADDED,
    /** Only in the older revision. */
    REMOVED
}
