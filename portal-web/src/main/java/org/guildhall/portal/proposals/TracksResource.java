package org.guildhall.portal.proposals;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.guildhall.proposals.track.boundary.VotingTracks;
import org.guildhall.proposals.track.entity.Electorate;
import org.guildhall.proposals.track.entity.TrackSettings;
import org.guildhall.proposals.track.entity.VotingTrack;
import org.guildhall.proposals.track.entity.Weighting;

/**
 * Voting tracks. Periods are ISO-8601 durations ("P14D", "PT30M"); fractions are decimal strings
 * ("0.334") so that no rounding happens on the way.
 */
@Path("tracks")
@Tag(name = "tracks")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TracksResource {

    private static final String FRACTION = "0(\\.\\d{1,5})?|1(\\.0{1,5})?";
    private static final String DURATION = "P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?";

    public record TrackView(String id, String nameEn, String nameZh, Set<String> serves, boolean executable,
                            String electorate, String weighting, String votingPeriod, String quorum, String threshold,
                            String vetoThreshold, String expeditedPeriod, String expeditedThreshold,
                            Instant updatedAt, String updatedBy, long version) {
        static TrackView of(VotingTrack t) {
            TrackSettings s = t.settings();
            Set<String> serves = new TreeSet<>();
            t.getServes().forEach(k -> serves.add(k.name().toLowerCase().replace('_', '-')));
            return new TrackView(t.getId(), t.getNameEn(), t.getNameZh(), serves, t.isExecutable(),
                    s.electorate().name().toLowerCase(), s.weighting().name().toLowerCase(), s.votingPeriod().toString(),
                    plain(s.quorum()), plain(s.threshold()), plain(s.vetoThreshold()),
                    s.hasExpeditedVariant() ? s.expeditedPeriod().toString() : null, plain(s.expeditedThreshold()),
                    t.getUpdatedAt(), t.getUpdatedBy(), t.getVersion());
        }

        private static String plain(BigDecimal value) {
            return value == null ? null : value.stripTrailingZeros().toPlainString();
        }
    }

    public record TrackRequest(@NotNull Electorate electorate, @NotNull Weighting weighting,
                               @NotBlank @Pattern(regexp = DURATION, message = "an ISO-8601 duration such as P14D") String votingPeriod,
                               @NotBlank @Pattern(regexp = FRACTION, message = "a fraction such as 0.334") String quorum,
                               @NotBlank @Pattern(regexp = FRACTION, message = "a fraction such as 0.5") String threshold,
                               @NotBlank @Pattern(regexp = FRACTION, message = "a fraction such as 0.334") String vetoThreshold,
                               @Pattern(regexp = DURATION, message = "an ISO-8601 duration such as P3D") String expeditedPeriod,
                               @Pattern(regexp = FRACTION, message = "a fraction such as 0.667") String expeditedThreshold,
                               @NotNull Long version) {
        TrackSettings settings() {
            return new TrackSettings(electorate, weighting, Duration.parse(votingPeriod), new BigDecimal(quorum),
                    new BigDecimal(threshold), new BigDecimal(vetoThreshold),
                    expeditedPeriod == null ? null : Duration.parse(expeditedPeriod),
                    expeditedThreshold == null ? null : new BigDecimal(expeditedThreshold));
        }
    }

    @Inject
    VotingTracks tracks;

    @GET
    @Operation(summary = "Every voting track with its rules")
    public List<TrackView> list() {
        return tracks.all().stream().map(TrackView::of).toList();
    }

    @GET
    @Path("{id}")
    public TrackView get(@PathParam("id") String id) {
        return tracks.byId(id).map(TrackView::of).orElseThrow(() -> new NotFoundException("No track " + id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a track's rules for votes opened from now on (admin); send the version you read")
    @SecurityRequirement(name = "bearer")
    public TrackView reconfigure(@PathParam("id") String id, @NotNull @Valid TrackRequest request) {
        return TrackView.of(tracks.reconfigure(id, request.settings(), request.version()));
    }
}
