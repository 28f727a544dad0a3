package org.guildhall.portal.proposals;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.proposals.proposal.boundary.Proposals;
import org.guildhall.proposals.proposal.entity.Proposal;

/** What the proposal pages share: finding the proposal a URL names, and answering when there is none. */
final class ProposalPages {

    private ProposalPages() {
    }

    /** The proposal named by its id (a UUID) or its number ("12" or "GIP-12"); empty when there is none. */
    static Optional<Proposal> find(Proposals proposals, String id, String number) {
        String ref = number != null && !number.isBlank() ? number.strip() : id == null ? null : id.strip();
        if (ref == null || ref.isEmpty()) {
            return Optional.empty();
        }
        if (ref.toUpperCase(java.util.Locale.ROOT).startsWith("GIP-")) {
            ref = ref.substring(4);
        }
        if (ref.matches("[0-9]{1,9}")) {
            return proposals.byNumber(Integer.parseInt(ref));
        }
        try {
            return proposals.byId(UUID.fromString(ref));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Ends the request with an error status; the container shows its error page. */
    static void sendError(int status) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(status, status == 404 ? "No such proposal" : "Not allowed");
        faces.responseComplete();
    }

    /** The outcome that shows a proposal again after a change (post, redirect, get). */
    static String detail(Proposal proposal) {
        return "/proposals/detail.xhtml?faces-redirect=true&id=" + proposal.getId();
    }
}
