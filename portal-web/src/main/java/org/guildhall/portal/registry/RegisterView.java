package org.guildhall.portal.registry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.guildhall.portal.shell.Messages;
import org.guildhall.registry.accounts.boundary.Accounts;
import org.guildhall.registry.accounts.entity.Registration;

/** Community members register themselves. */
@Named
@RequestScoped
public class RegisterView {

    @Inject
    Accounts accounts;

    private String username;
    private String displayName;
    private String email;
    private String password;

    public String register() {
        accounts.registerCommunityMember(new Registration(username, displayName, email, password));
        Messages.info("register.done", username);
        return "/login.xhtml?faces-redirect=true";
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
