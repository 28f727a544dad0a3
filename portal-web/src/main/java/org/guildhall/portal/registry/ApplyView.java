package org.guildhall.portal.registry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.guildhall.portal.shell.Messages;
import org.guildhall.registry.membership.boundary.Memberships;
import org.guildhall.registry.membership.entity.OrganisationApplication;
import org.guildhall.registry.membership.entity.OrganisationKind;

/** An organisation applies to join the federation. */
@Named
@RequestScoped
public class ApplyView {

    @Inject
    Memberships memberships;

    private String name;
    private OrganisationKind kind;
    private String jurisdiction;
    private String contactName;
    private String contactEmail;

    public String apply() {
        memberships.apply(new OrganisationApplication(name, kind, jurisdiction, contactName, contactEmail));
        Messages.info("apply.done", name);
        return "/dashboard.xhtml?faces-redirect=true";
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public OrganisationKind getKind() { return kind; }
    public void setKind(OrganisationKind kind) { this.kind = kind; }
    public String getJurisdiction() { return jurisdiction; }
    public void setJurisdiction(String jurisdiction) { this.jurisdiction = jurisdiction; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
}
