package org.guildhall.portal.onboarding;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.guildhall.onboarding.application.boundary.NodeApplications;
import org.guildhall.onboarding.application.boundary.NodeReview;
import org.guildhall.onboarding.application.entity.CheckOutcome;
import org.guildhall.onboarding.application.entity.NodeApplication;
import org.guildhall.onboarding.nodetype.boundary.NodeTypes;
import org.guildhall.onboarding.nodetype.entity.NodeType;
import org.guildhall.registry.membership.boundary.Memberships;
import org.guildhall.registry.membership.entity.Organisation;

/**
 * The reviewers' queue: submitted applications, the longest-waiting first, then those in a vote;
 * each with how long it has waited and its failed advisory checks of the last round.
 */
@Named
@ViewScoped
public class NodeQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An application in the queue. */
    public record Entry(NodeApplication application, String organisation, Duration waited, List<String> advisoryFailures) {
    }

    @Inject
    transient NodeReview review;
    @Inject
    transient NodeApplications applications;
    @Inject
    transient NodeTypes nodeTypes;
    @Inject
    transient Memberships memberships;
    @Inject
    transient Clock clock;

    private List<Entry> entries;
    private Map<String, NodeType> types;

    @PostConstruct
    void load() {
        types = nodeTypes.all().stream().collect(Collectors.toMap(NodeType::getCode, Function.identity()));
        Instant now = Instant.now(clock);
        entries = review.queue().stream().map(a -> new Entry(a,
                memberships.byId(a.getOrganisationId()).map(Organisation::getName).orElse("—"),
                a.getSubmittedAt() == null ? Duration.ZERO : Duration.between(a.getSubmittedAt(), now),
                applications.checks(a.getId()).stream()
                        .filter(c -> c.getRound() == a.getRound() && !c.isBlocking() && c.getOutcome() != CheckOutcome.PASSED)
                        .map(c -> c.getCode()).toList()))
                .toList();
    }

    public String typeName(String code) {
        NodeType type = types.get(code);
        return type == null ? code : type.name(OnboardingPages.locale());
    }

    /** A wait in days and hours ("3 d 4 h"), hours and minutes under a day. */
    public String waited(Duration waited) {
        long hours = waited.toHours();
        return hours >= 24 ? waited.toDays() + " d " + hours % 24 + " h" : hours + " h " + waited.toMinutesPart() + " min";
    }

    public long getFlaggedCount() {
        return entries.stream().filter(e -> !e.advisoryFailures().isEmpty()).count();
    }

    public List<Entry> getEntries() { return entries; }
}
