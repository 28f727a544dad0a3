package org.guildhall.registry.accounts.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** A person who signs in to the portal, with the roles they hold. */
@Entity
@Table(name = "account", schema = "registry")
@NamedQuery(name = "Account.findByOrganisation",
        query = "select a from Account a where a.organisationId = :organisationId order by a.username")
@NamedQuery(name = "Account.findEnabledUsernamesWithRole",
        query = "select a.username from Account a join a.roles r where r = :role and a.enabled = true order by a.username")
public class Account {

    @Id
    private String username;
    @Column(name = "display_name")
    private String displayName;
    private String email;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "organisation_id")
    private UUID organisationId;
    private boolean enabled;
    @Column(name = "created_at")
    private Instant createdAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", schema = "registry", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();
    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String displayName, String email, String passwordHash, Instant createdAt) {
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.email = Objects.requireNonNull(email);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.enabled = true;
    }

    public void grant(Role role) {
        roles.add(role.roleName());
    }

    public void revoke(Role role) {
        roles.remove(role.roleName());
    }

    public boolean hasRole(Role role) {
        return roles.contains(role.roleName());
    }

    /** Acts for the given organisation from now on, as its member representative. */
    public void joinAsRepresentative(UUID organisation) {
        this.organisationId = Objects.requireNonNull(organisation);
        grant(Role.MEMBER_REP);
    }

    /** Belongs to the given organisation without representing it (for example a node operator). */
    public void joinOrganisation(UUID organisation) {
        this.organisationId = Objects.requireNonNull(organisation);
    }

    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getEmail() { return email; }
    public String getPasswordHash() { return passwordHash; }
    public UUID getOrganisationId() { return organisationId; }
    public boolean isEnabled() { return enabled; }
    public Instant getCreatedAt() { return createdAt; }
    public Set<String> getRoles() { return Collections.unmodifiableSet(roles); }
}
