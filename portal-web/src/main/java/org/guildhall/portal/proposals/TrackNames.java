package org.guildhall.portal.proposals;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.guildhall.portal.shell.Messages;
import org.guildhall.proposals.track.boundary.VotingTracks;
import org.guildhall.proposals.track.entity.DecisionKind;
import org.guildhall.proposals.track.entity.VotingTrack;

/** The voting tracks as the proposal pages name them: in the reader's language, read once per request. */
@Named
@RequestScoped
public class TrackNames {

    /** One choice of the list's track filter: a kind of decision, named after the track that serves it. */
    public record TrackOption(DecisionKind kind, String label) {
    }

    @Inject
    VotingTracks tracks;

    private List<VotingTrack> all;

    public List<VotingTrack> all() {
        if (all == null) {
            all = tracks.all();
        }
        return all;
    }

    public Optional<VotingTrack> serving(DecisionKind kind) {
        return kind == null ? Optional.empty() : all().stream().filter(t -> t.serves(kind)).findFirst();
    }

    /** The name of the track that decides this kind, or "—" for proposals that are not voted on. */
    public String of(DecisionKind kind) {
        return serving(kind).map(t -> t.name(locale())).orElse("—");
    }

    /** A track by its id, or the name a vote recorded when the track is gone. */
    public String byId(String id, String recorded) {
        return all().stream().filter(t -> t.getId().equals(id)).findFirst().map(t -> t.name(locale())).orElse(recorded);
    }

    /** The track filter's choices: each track, once per kind of decision it serves. */
    public List<TrackOption> getFilterOptions() {
        List<TrackOption> options = new ArrayList<>();
        for (VotingTrack track : all()) {
            String name = track.name(locale());
            boolean several = track.getServes().size() > 1;
            track.getServes().stream().sorted().forEach(kind -> options.add(new TrackOption(kind,
                    several ? name + " · " + Messages.text("proposal.kind." + kind.name()) : name)));
        }
        return options;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
