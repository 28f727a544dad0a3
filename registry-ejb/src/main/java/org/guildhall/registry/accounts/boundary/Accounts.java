package org.guildhall.registry.accounts.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.guildhall.registry.accounts.control.SignInThrottle;
import org.guildhall.registry.accounts.control.TokenDigest;
import org.guildhall.registry.accounts.entity.Account;
import org.guildhall.registry.accounts.entity.AccountException;
import org.guildhall.registry.accounts.entity.ApiToken;
import org.guildhall.registry.accounts.entity.Registration;
import org.guildhall.registry.accounts.entity.Role;
import org.guildhall.registry.accounts.entity.TooManyAttemptsException;
import org.guildhall.registry.audit.boundary.AuditTrail;

/** Opening accounts, granting roles and issuing API tokens. */
@Stateless
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());
    static final Duration TOKEN_LIFETIME = Duration.ofDays(30);
    static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @PersistenceContext(unitName = "registry")
    EntityManager em;
    @Inject
    Pbkdf2PasswordHash passwordHash;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;
    @Inject
    SignInThrottle throttle;

    private static volatile String dummyHash;

    /** Anyone may register as a community member. */
    @PermitAll
    public Account registerCommunityMember(@NotNull @Valid Registration registration) {
        Account account = open(registration, EnumSet.of(Role.COMMUNITY));
        audit.record(registration.username(), "registry", "account.registered", registration.username(), "community");
        return account;
    }

    /** An admin opens an account with the given roles. */
    @RolesAllowed("admin")
    public Account create(@NotNull @Valid Registration registration, @NotNull Set<Role> roles) {
        Account account = open(registration, roles);
        audit.record(caller(), "registry", "account.created", registration.username(), roles.toString());
        return account;
    }

    /** Used by trusted start-up code (demo data) that runs without a caller. */
    @PermitAll
    public Account provision(@NotNull @Valid Registration registration, @NotNull Set<Role> roles, UUID organisation) {
        if (em.find(Account.class, registration.username()) != null) {
            return em.find(Account.class, registration.username());
        }
        Account account = open(registration, roles);
        if (organisation != null) {
            if (roles.contains(Role.MEMBER_REP)) {
                account.joinAsRepresentative(organisation);
            } else {
                account.joinOrganisation(organisation);
            }
        }
        audit.record("system", "registry", "account.provisioned", registration.username(), roles.toString());
        return account;
    }

    private Account open(Registration registration, Set<Role> roles) {
        if (em.find(Account.class, registration.username()) != null) {
            throw new AccountException("The user name " + registration.username() + " is taken.", true);
        }
        passwordHash.initialize(HASH_PARAMETERS);
        Account account = new Account(registration.username(), registration.displayName().strip(),
                registration.email().strip(), passwordHash.generate(registration.password().toCharArray()),
                Instant.now(clock));
        roles.forEach(account::grant);
        em.persist(account);
        LOG.info(() -> "Account " + registration.username() + " opened with roles " + roles);
        return account;
    }

    @RolesAllowed("admin")
    public void grant(@NotNull String username, @NotNull Role role) {
        account(username).grant(role);
        audit.record(caller(), "registry", "account.role-granted", username, role.roleName());
    }

    @PermitAll
    public Optional<Account> byUsername(String username) {
        return Optional.ofNullable(username).map(u -> em.find(Account.class, u));
    }

    /** The user names of the enabled accounts holding the role, sorted (for example a vote's community chamber). */
    @PermitAll
    public List<String> usernamesWithRole(@NotNull Role role) {
        return em.createNamedQuery("Account.findEnabledUsernamesWithRole", String.class)
                .setParameter("role", role.roleName()).getResultList();
    }

    @RolesAllowed({"admin", "auditor"})
    public List<Account> ofOrganisation(UUID organisation) {
        return em.createNamedQuery("Account.findByOrganisation", Account.class)
                .setParameter("organisationId", organisation).getResultList();
    }

    /**
     * Checks a user name and password (the same PBKDF2 check as the login form) and issues a new
     * bearer token. Returns the token itself; only its digest is stored.
     */
    @PermitAll
    public Optional<String> issueToken(String username, char[] password) {
        Instant now = Instant.now(clock);
        if (username == null || throttle.isBlocked(username, now)) {
            throw new TooManyAttemptsException("Too many wrong passwords for this user name; try again in a few minutes.");
        }
        Account account = em.find(Account.class, username);
        passwordHash.initialize(HASH_PARAMETERS);
        // An unknown name costs the same PBKDF2 work as a known one, so timing does not tell which names exist.
        boolean valid = passwordHash.verify(password, account == null ? dummyHash() : account.getPasswordHash())
                && account != null && account.isEnabled();
        if (!valid) {
            throttle.failed(username, now);
            return Optional.empty();
        }
        throttle.succeeded(username);
        String token = TokenDigest.newToken();
        em.persist(new ApiToken(username, TokenDigest.digest(token), now, now.plus(TOKEN_LIFETIME)));
        audit.record(username, "registry", "token.issued", username, null);
        return Optional.of(token);
    }

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = passwordHash.generate("not-a-password-of-anyone".toCharArray());
            dummyHash = hash;
        }
        return hash;
    }

    /** The account a usable token belongs to. */
    @PermitAll
    public Optional<Account> authenticateToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("ApiToken.findByHash", ApiToken.class)
                .setParameter("hash", TokenDigest.digest(token)).getResultStream().findFirst()
                .filter(t -> t.isUsableAt(Instant.now(clock)))
                .map(t -> em.find(Account.class, t.getUsername()))
                .filter(Account::isEnabled);
    }

    /** Revokes the given token; only its owner can. Returns false for an unknown token. */
    @RolesAllowed({"community", "member-rep", "node-operator", "reviewer", "auditor", "admin"})
    public boolean revokeToken(String token) {
        Optional<ApiToken> found = token == null ? Optional.empty()
                : em.createNamedQuery("ApiToken.findByHash", ApiToken.class)
                        .setParameter("hash", TokenDigest.digest(token)).getResultStream().findFirst();
        if (found.isEmpty() || !found.get().getUsername().equals(caller())) {
            return false;
        }
        found.get().revoke(Instant.now(clock));
        audit.record(caller(), "registry", "token.revoked", caller(), null);
        return true;
    }

    private Account account(String username) {
        return Optional.ofNullable(em.find(Account.class, username))
                .orElseThrow(() -> new AccountException("No account " + username + ".", false));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
