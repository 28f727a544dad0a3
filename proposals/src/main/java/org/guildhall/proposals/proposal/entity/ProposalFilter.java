package org.guildhall.proposals.proposal.entity;

import org.guildhall.proposals.document.entity.ProposalType;
import org.guildhall.proposals.track.entity.DecisionKind;

/** What a proposal list is narrowed to; a null member does not narrow. */
public record ProposalFilter(ProposalStatus status, ProposalType type, DecisionKind kind, String author) {

    public static final ProposalFilter ALL = new ProposalFilter(null, null, null, null);
}
