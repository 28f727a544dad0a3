package org.guildhall.portal.proposals;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.guildhall.portal.shell.Messages;
import org.guildhall.proposals.track.boundary.VotingTracks;
import org.guildhall.proposals.track.entity.Electorate;
import org.guildhall.proposals.track.entity.TrackSettings;
import org.guildhall.proposals.track.entity.VotingTrack;
import org.guildhall.proposals.track.entity.Weighting;

/** The admins' page of voting tracks: every track's rules, and a form to change one. */
@Named
@ViewScoped
public class TrackSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient VotingTracks tracks;

    private List<VotingTrack> all;
    private String editing;
    private long version;
    private Electorate electorate;
    private Weighting weighting;
    private long periodMinutes;
    private BigDecimal quorum;
    private BigDecimal threshold;
    private BigDecimal vetoThreshold;
    private boolean expedited;
    private Long expeditedMinutes;
    private BigDecimal expeditedThreshold;

    @PostConstruct
    void load() {
        all = tracks.all();
    }

    public void edit(VotingTrack track) {
        TrackSettings s = track.settings();
        editing = track.getId();
        version = track.getVersion();
        electorate = s.electorate();
        weighting = s.weighting();
        periodMinutes = s.votingPeriod().toMinutes();
        quorum = s.quorum();
        threshold = s.threshold();
        vetoThreshold = s.vetoThreshold();
        expedited = s.hasExpeditedVariant();
        expeditedMinutes = expedited ? s.expeditedPeriod().toMinutes() : null;
        expeditedThreshold = s.expeditedThreshold();
    }

    public void save() {
        TrackSettings settings = new TrackSettings(electorate, weighting, Duration.ofMinutes(periodMinutes), quorum,
                threshold, vetoThreshold, expedited && expeditedMinutes != null ? Duration.ofMinutes(expeditedMinutes) : null,
                expedited ? expeditedThreshold : null);
        tracks.reconfigure(editing, settings, version);
        Messages.info("tracks.saved", editing);
        editing = null;
        load();
    }

    public void cancel() {
        editing = null;
    }

    /** A fraction without trailing zeros: 0.5, 0.334. */
    public String fraction(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    public Electorate[] getElectorates() { return Electorate.values(); }
    public Weighting[] getWeightings() { return Weighting.values(); }
    public List<VotingTrack> getAll() { return all; }
    public String getEditing() { return editing; }
    public Electorate getElectorate() { return electorate; }
    public void setElectorate(Electorate electorate) { this.electorate = electorate; }
    public Weighting getWeighting() { return weighting; }
    public void setWeighting(Weighting weighting) { this.weighting = weighting; }
    public long getPeriodMinutes() { return periodMinutes; }
    public void setPeriodMinutes(long periodMinutes) { this.periodMinutes = periodMinutes; }
    public BigDecimal getQuorum() { return quorum; }
    public void setQuorum(BigDecimal quorum) { this.quorum = quorum; }
    public BigDecimal getThreshold() { return threshold; }
    public void setThreshold(BigDecimal threshold) { this.threshold = threshold; }
    public BigDecimal getVetoThreshold() { return vetoThreshold; }
    public void setVetoThreshold(BigDecimal vetoThreshold) { this.vetoThreshold = vetoThreshold; }
    public boolean isExpedited() { return expedited; }
    public void setExpedited(boolean expedited) { this.expedited = expedited; }
    public Long getExpeditedMinutes() { return expeditedMinutes; }
    public void setExpeditedMinutes(Long expeditedMinutes) { this.expeditedMinutes = expeditedMinutes; }
    public BigDecimal getExpeditedThreshold() { return expeditedThreshold; }
    public void setExpeditedThreshold(BigDecimal expeditedThreshold) { this.expeditedThreshold = expeditedThreshold; }
}
