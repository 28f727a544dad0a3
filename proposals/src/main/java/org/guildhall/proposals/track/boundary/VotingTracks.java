package org.guildhall.proposals.track.boundary;

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
import java.util.Optional;
import java.util.logging.Logger;
import org.guildhall.proposals.track.entity.DecisionKind;
import org.guildhall.proposals.track.entity.TrackException;
import org.guildhall.proposals.track.entity.TrackSettings;
import org.guildhall.proposals.track.entity.VotingTrack;
import org.guildhall.registry.audit.boundary.AuditTrail;

/** The voting tracks: anyone may read them, admins change their rules. */
@Stateless
public class VotingTracks {

    private static final Logger LOG = Logger.getLogger(VotingTracks.class.getName());

    @PersistenceContext(unitName = "proposals")
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    @PermitAll
    public List<VotingTrack> all() {
        return em.createNamedQuery("VotingTrack.findAll", VotingTrack.class).getResultList();
    }

    @PermitAll
    public Optional<VotingTrack> byId(String id) {
        return Optional.ofNullable(id).map(i -> em.find(VotingTrack.class, i));
    }

    /** The track that serves a kind of decision. */
    @PermitAll
    public Optional<VotingTrack> serving(DecisionKind kind) {
        return all().stream().filter(t -> t.serves(kind)).findFirst();
    }

    /**
     * Changes a track's rules for votes opened from now on. {@code expectedVersion} guards against
     * overwriting a change someone else made meanwhile.
     */
    @RolesAllowed("admin")
    public VotingTrack reconfigure(@NotNull String id, @NotNull TrackSettings settings, long expectedVersion) {
        VotingTrack track = byId(id).orElseThrow(() -> TrackException.notFound(id));
        if (track.getVersion() != expectedVersion) {
            throw TrackException.invalid(List.of("version: the track was changed by someone else meanwhile; reload it"));
        }
        String admin = session.getCallerPrincipal().getName();
        TrackSettings before = track.settings();
        track.reconfigure(settings, admin, Instant.now(clock));
        audit.record(admin, "proposals", "track.reconfigured", id, before + " -> " + settings);
        LOG.info(() -> "Voting track " + id + " reconfigured by " + admin);
        return track;
    }
}
