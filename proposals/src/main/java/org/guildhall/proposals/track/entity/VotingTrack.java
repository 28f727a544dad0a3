package org.guildhall.proposals.track.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** A voting track and the rules it applies; admins reconfigure it, running votes keep their copy. */
@Entity
@Table(name = "voting_track", schema = "proposals")
@NamedQuery(name = "VotingTrack.findAll", query = "select t from VotingTrack t order by t.id")
public class VotingTrack {

    @Id
    private String id;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "name_zh")
    private String nameZh;
    @Enumerated(EnumType.STRING)
    private Electorate electorate;
    @Enumerated(EnumType.STRING)
    private Weighting weighting;
    @Column(name = "voting_period_seconds")
    private long votingPeriodSeconds;
    private BigDecimal quorum;
    private BigDecimal threshold;
    @Column(name = "veto_threshold")
    private BigDecimal vetoThreshold;
    @Column(name = "expedited_period_seconds")
    private Long expeditedPeriodSeconds;
    @Column(name = "expedited_threshold")
    private BigDecimal expeditedThreshold;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "voting_track_decision_kind", schema = "proposals", joinColumns = @JoinColumn(name = "track_id"))
    @Column(name = "kind")
    @Enumerated(EnumType.STRING)
    private Set<DecisionKind> serves = EnumSet.noneOf(DecisionKind.class);
    @Version
    private long version;

    protected VotingTrack() {
    }

    /** The rules of this track now. */
    public TrackSettings settings() {
        return new TrackSettings(electorate, weighting, Duration.ofSeconds(votingPeriodSeconds), quorum, threshold,
                vetoThreshold, expeditedPeriodSeconds == null ? null : Duration.ofSeconds(expeditedPeriodSeconds),
                expeditedThreshold);
    }

    /** Changes the rules for votes opened from now on; refuses invalid settings with every problem. */
    public void reconfigure(TrackSettings settings, String admin, Instant at) {
        List<String> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw TrackException.invalid(problems);
        }
        this.electorate = settings.electorate();
        this.weighting = settings.weighting();
        this.votingPeriodSeconds = settings.votingPeriod().toSeconds();
        this.quorum = settings.quorum();
        this.threshold = settings.threshold();
        this.vetoThreshold = settings.vetoThreshold();
        this.expeditedPeriodSeconds = settings.hasExpeditedVariant() ? settings.expeditedPeriod().toSeconds() : null;
        this.expeditedThreshold = settings.expeditedThreshold();
        this.updatedBy = Objects.requireNonNull(admin);
        this.updatedAt = Objects.requireNonNull(at);
    }

    public boolean serves(DecisionKind kind) {
        return serves.contains(kind);
    }

    /** A passed vote on this track triggers an action in another context. */
    public boolean isExecutable() {
        return serves.stream().anyMatch(DecisionKind::isExecutable);
    }

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public String getId() { return id; }
    public String getNameEn() { return nameEn; }
    public String getNameZh() { return nameZh; }
    public Set<DecisionKind> getServes() { return Collections.unmodifiableSet(serves); }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public long getVersion() { return version; }
}
