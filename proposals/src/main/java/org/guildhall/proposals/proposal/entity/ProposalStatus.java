package org.guildhall.proposals.proposal.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a proposal stands in the improvement process (after EIP-1). Draft → Review → Last Call →
 * Final is the main line; Stagnant catches inactive drafts, reviews and last calls and can be revived
 * to Draft; Withdrawn is terminal and keeps the number; Living is for documents kept current.
 */
public enum ProposalStatus {
    DRAFT, REVIEW, LAST_CALL, FINAL, STAGNANT, WITHDRAWN, LIVING;

    /** The statuses this one may move to, whoever asks. Who may ask is {@link Proposal}'s business. */
    public Set<ProposalStatus> successors() {
        return switch (this) {
            case DRAFT -> EnumSet.of(REVIEW, STAGNANT, WITHDRAWN);
            case REVIEW -> EnumSet.of(LAST_CALL, LIVING, STAGNANT, WITHDRAWN);
            case LAST_CALL -> EnumSet.of(FINAL, REVIEW, STAGNANT, WITHDRAWN);
            case STAGNANT -> EnumSet.of(DRAFT, WITHDRAWN);
            case FINAL, WITHDRAWN, LIVING -> EnumSet.noneOf(ProposalStatus.class);
        };
    }

    public boolean canMoveTo(ProposalStatus target) {
        return successors().contains(target);
    }

    /** Whether the text may still change. */
    public boolean isEditable() {
        return this == DRAFT || this == REVIEW || this == LAST_CALL || this == LIVING;
    }

    /** Whether inactivity makes it stagnant. */
    public boolean canStagnate() {
        return this == DRAFT || this == REVIEW || this == LAST_CALL;
    }

    /** The path segment and JSON name: {@code last-call}. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public static ProposalStatus fromSlug(String slug) {
        for (ProposalStatus status : values()) {
            if (status.slug().equals(slug) || status.name().equals(slug)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown status: " + slug);
    }
}
