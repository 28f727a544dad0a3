package org.guildhall.proposals.voting.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.guildhall.proposals.proposal.entity.ProposalException;
import org.guildhall.proposals.voting.control.BallotReceipts;
import org.guildhall.proposals.voting.control.VoterKeys;
import org.guildhall.proposals.voting.entity.RegisteredVoterKey;
import org.guildhall.proposals.voting.entity.VoterKey;
import org.guildhall.registry.audit.boundary.AuditTrail;

/**
 * The keys around ballots: voters register the public keys they sign ballots with (JWK: secp256k1,
 * P-256 or Ed25519; the private key never reaches the portal), and anyone reads the portal's
 * public key that verifies ballot receipts.
 */
@Stateless
public class BallotKeys {

    /** Active keys one account may hold at a time. */
    static final int MAX_KEYS = 5;

    @PersistenceContext(unitName = "proposals")
    EntityManager em;
    @Inject
    BallotReceipts receipts;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    @RolesAllowed({"member-rep", "community"})
    public RegisteredVoterKey register(@NotNull String publicJwk) {
        String account = session.getCallerPrincipal().getName();
        VoterKey key = VoterKeys.parse(publicJwk);
        RegisteredVoterKey existing = em.find(RegisteredVoterKey.class, key.kid());
        if (existing != null) {
            if (existing.getAccount().equals(account) && existing.isActive()) {
                return existing;
            }
            throw new ProposalException(ProposalException.Reason.CONFLICT,
                    "This key is already registered" + (existing.isActive() ? " to another account." : " and was revoked."));
        }
        if (mine().stream().filter(RegisteredVoterKey::isActive).count() >= MAX_KEYS) {
            throw new ProposalException(ProposalException.Reason.CONFLICT,
                    "You hold " + MAX_KEYS + " active keys; revoke one first.");
        }
        RegisteredVoterKey registered = new RegisteredVoterKey(key, account, Instant.now(clock));
        em.persist(registered);
        audit.record(account, "proposals", "voter-key.registered", key.kid(), key.algorithm());
        return registered;
    }

    @RolesAllowed({"member-rep", "community"})
    public List<RegisteredVoterKey> mine() {
        return em.createNamedQuery("RegisteredVoterKey.findByAccount", RegisteredVoterKey.class)
                .setParameter("account", session.getCallerPrincipal().getName()).getResultList();
    }

    @RolesAllowed({"member-rep", "community"})
    public void revoke(@NotNull String kid) {
        String account = session.getCallerPrincipal().getName();
        RegisteredVoterKey key = em.find(RegisteredVoterKey.class, kid);
        if (key == null || !key.getAccount().equals(account)) {
            throw new ProposalException(ProposalException.Reason.NOT_FOUND, "You have no key " + kid + ".");
        }
        key.revoke(Instant.now(clock));
        audit.record(account, "proposals", "voter-key.revoked", kid, "");
    }

    /** The public JWK (ES256) that verifies the portal's ballot receipts. */
    @PermitAll
    public String receiptKey() {
        return receipts.publicJwk();
    }
}
