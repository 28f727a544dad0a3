package org.guildhall.portal.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.guildhall.registry.membership.boundary.Memberships;
import org.guildhall.registry.membership.entity.Organisation;

/** The signed-in user, as pages see them. */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;
    @Inject
    Memberships memberships;

    private Optional<Organisation> organisation;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getName() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean hasRole(String role) {
        return security.isCallerInRole(role);
    }

    public boolean isAdmin() {
        return hasRole("admin");
    }

    /** The approved organisation this user represents, if any. */
    public Optional<Organisation> organisation() {
        if (organisation == null) {
            organisation = isSignedIn() ? memberships.representedBy(getName()) : Optional.empty();
        }
        return organisation;
    }

    public String getOrganisationName() {
        return organisation().map(Organisation::getName).orElse(null);
    }

    public boolean isRepresentative() {
        return organisation().isPresent();
    }
}
