package org.guildhall.registry.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.guildhall.registry.audit.control.AuditChainReader;
import org.guildhall.registry.audit.control.AuditChainVerifier;
import org.guildhall.registry.audit.control.AuditConfig;
import org.guildhall.registry.audit.control.AuditLinker;
import org.guildhall.registry.audit.entity.AuditAnchor;
import org.guildhall.registry.audit.entity.AuditLink;
import org.guildhall.registry.audit.entity.ChainVerification;

/**
 * The audit hash chain: linking new records (and sealing the head for anchoring, announced as
 * {@link AuditHeadSealed}), and verifying the whole chain. Linking runs the SQL of {@link AuditLinker} on
 * a connection of the transaction's data source, so the anchor, the event's observers and the links
 * commit together.
 */
@Stateless
public class AuditChain {

    private static final Logger LOG = Logger.getLogger(AuditChain.class.getName());

    @Resource(lookup = "java:app/jdbc/guildhall")
    DataSource dataSource;
    @PersistenceContext(unitName = "registry")
    EntityManager em;
    @Inject
    AuditConfig config;
    @Inject
    Event<AuditHeadSealed> sealed;
    @Inject
    Clock clock;

    /**
     * Links the records not yet linked (at most {@link AuditLinker#MAX_PER_ROUND}) and, when an anchor is
     * due, records it and fires {@link AuditHeadSealed}, all in one transaction. Returns how many records
     * were linked.
     */
    @PermitAll
    public int linkPending() {
        try (Connection connection = dataSource.getConnection()) {
            AuditLinker.Round round = new AuditLinker(AuditLinker.MAX_PER_ROUND, config.anchorInterval()).run(connection);
            round.sealed().ifPresent(anchor -> {
                sealed.fire(new AuditHeadSealed(anchor.batchId(), anchor.seq(), anchor.head(), anchor.sealedAt()));
                LOG.info(() -> "Audit chain head sealed for anchoring: seq " + anchor.seq() + ", head " + anchor.head()
                        + ", batch " + anchor.batchId());
            });
            if (round.linked() > 0) {
                LOG.fine(() -> round.linked() + " audit records linked, head now at seq " + round.headSeq());
            }
            return round.linked();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not link audit records: " + e.getMessage(), e);
        }
    }

    /**
     * Verifies the whole chain as stored (the heads on chain are not looked up here).
     *
     * @param grace how long a record may wait for its link before it is reported as unlinked
     */
    @RolesAllowed({"admin", "auditor"})
    public ChainVerification verify(Duration grace) {
        try (Connection connection = dataSource.getConnection()) {
            Instant now = Instant.now(clock);
            AuditChainReader.Contents chain = AuditChainReader.read(connection);
            return AuditChainVerifier.verify(chain.records(), chain.links(), chain.anchors(), now, grace);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit chain: " + e.getMessage(), e);
        }
    }

    /** The newest link: the head of the chain. */
    @RolesAllowed({"admin", "auditor"})
    public Optional<AuditLink> head() {
        return em.createNamedQuery("AuditLink.findNewest", AuditLink.class).setMaxResults(1).getResultStream()
                .findFirst();
    }

    @RolesAllowed({"admin", "auditor"})
    public Optional<AuditAnchor> newestAnchor() {
        return em.createNamedQuery("AuditAnchor.findNewest", AuditAnchor.class).setMaxResults(1).getResultStream()
                .findFirst();
    }
}
