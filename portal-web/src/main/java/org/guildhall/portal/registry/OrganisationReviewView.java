package org.guildhall.portal.registry;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.guildhall.portal.shell.Messages;
import org.guildhall.registry.membership.boundary.Memberships;
import org.guildhall.registry.membership.entity.Organisation;

/** The admin's review of applications to join, and the list of members. */
@Named
@ViewScoped
public class OrganisationReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Memberships memberships;

    private List<Organisation> pending;
    private List<Organisation> members;
    private UUID selected;
    private String reason;

    @PostConstruct
    void load() {
        pending = memberships.pending();
        members = memberships.members();
    }

    public void approve(Organisation organisation) {
        memberships.approve(organisation.getId(), reason);
        Messages.info("review.approved", organisation.getName());
        reason = null;
        load();
    }

    public void reject(Organisation organisation) {
        if (reason == null || reason.isBlank()) {
            Messages.error("review.reasonRequired");
            return;
        }
        memberships.reject(organisation.getId(), reason);
        Messages.info("review.rejected", organisation.getName());
        reason = null;
        load();
    }

    public List<Organisation> getPending() { return pending; }
    public List<Organisation> getMembers() { return members; }
    public UUID getSelected() { return selected; }
    public void setSelected(UUID selected) { this.selected = selected; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
