package org.guildhall.portal.proposals;

import java.util.UUID;
import org.guildhall.proposals.proposal.boundary.Proposals;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.proposals.proposal.entity.ProposalException;

/** A proposal named in a path: by its id, or by its number once it has one. */
final class ProposalRefs {

    private ProposalRefs() {
    }

    static Proposal find(Proposals proposals, String ref) {
        if (ref != null && ref.matches("[0-9]{1,9}")) {
            return proposals.byNumber(Integer.parseInt(ref)).orElseThrow(() -> notFound(ref));
        }
        UUID id;
        try {
            id = UUID.fromString(ref);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw notFound(ref);
        }
        return proposals.byId(id).orElseThrow(() -> notFound(ref));
    }

    /**
     * The id a path names, without loading the proposal when the path holds an id: for operations
     * that look the proposal up themselves and answer {@code proposal-not-found} when there is none.
     */
    static UUID idOf(Proposals proposals, String ref) {
        if (ref != null && !ref.matches("[0-9]{1,9}")) {
            try {
                return UUID.fromString(ref);
            } catch (IllegalArgumentException e) {
                throw notFound(ref);
            }
        }
        return find(proposals, ref).getId();
    }

    private static ProposalException notFound(String ref) {
        return new ProposalException(ProposalException.Reason.NOT_FOUND, "proposal-not-found", "No proposal " + ref + ".");
    }
}
