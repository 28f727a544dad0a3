package org.guildhall.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * The database identity store: accounts and roles of the registry, PBKDF2 password hashes
 * (the parameters of new hashes are set where they are made, in the registry's {@code Accounts}).
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/guildhall",
        callerQuery = "select password_hash from registry.account where username = ? and enabled",
        groupsQuery = "select role from registry.account_role where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        priority = 10)
@DeclareRoles({"admin", "member-rep", "community", "node-operator", "reviewer", "auditor", "registrar"})
@ApplicationScoped
public class SecurityConfiguration {
}
