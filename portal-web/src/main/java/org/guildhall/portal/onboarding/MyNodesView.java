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
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.guildhall.onboarding.application.boundary.NodeApplications;
import org.guildhall.onboarding.application.entity.NodeApplication;
import org.guildhall.onboarding.application.entity.OnboardingException;
import org.guildhall.onboarding.certification.boundary.NodeCertification;
import org.guildhall.onboarding.certification.entity.NodeCertificate;
import org.guildhall.onboarding.node.boundary.NodeDirectory;
import org.guildhall.onboarding.nodetype.boundary.NodeTypes;
import org.guildhall.onboarding.nodetype.entity.NodeType;
import org.guildhall.portal.shell.CurrentUser;
import org.guildhall.portal.shell.Messages;
import org.guildhall.registry.membership.boundary.Memberships;
import org.guildhall.registry.membership.entity.Organisation;

/**
 * The operator's dashboard: their organisation's applications and nodes, with each node's certificate
 * and place on chain, and reminders to renew the certificates inside their renewal window.
 */
@Named
@ViewScoped
public class MyNodesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A certificate to renew, the node it belongs to and how long it has left. */
    public record Reminder(NodeCertificate certificate, String nodeName, Duration left) {
    }

    @Inject
    transient NodeApplications applications;
    @Inject
    transient NodeDirectory directory;
    @Inject
    transient NodeCertification certification;
    @Inject
    transient NodeTypes nodeTypes;
    @Inject
    transient NodeRows nodeRows;
    @Inject
    transient Memberships memberships;
    @Inject
    transient CurrentUser user;
    @Inject
    transient Clock clock;

    private String organisation;
    private List<NodeApplication> applicationList = List.of();
    private List<NodeRows.NodeRow> nodes = List.of();
    private List<Reminder> reminders = List.of();
    private Map<String, NodeType> types;

    @PostConstruct
    void load() {
        types = nodeTypes.all().stream().collect(Collectors.toMap(NodeType::getCode, Function.identity()));
        Organisation own = memberships.memberOrganisationOf(user.getName()).orElse(null);
        if (own == null) {
            return;
        }
        organisation = own.getName();
        applicationList = applications.mine();
        nodes = nodeRows.of(directory.ofOrganisation(own.getId()));
        Map<UUID, String> names = nodes.stream().collect(Collectors.toMap(r -> r.node().getId(), r -> r.node().getName()));
        Instant now = Instant.now(clock);
        reminders = certification.dueForRenewal().stream()
                .map(c -> new Reminder(c, names.getOrDefault(c.getNodeId(), "?"), Duration.between(now, c.getNotAfter())))
                .toList();
    }

    /** A new certificate for the node's key; the old one is superseded. */
    public String renew(UUID nodeId) {
        try {
            NodeCertificate renewed = certification.renew(nodeId, null);
            Messages.info("onboarding.my.renewed", renewed.getSerial());
        } catch (OnboardingException refused) {
            OnboardingPages.show(refused);
            return null;
        }
        return "/onboarding/my-nodes.xhtml?faces-redirect=true";
    }

    public boolean isDue(UUID nodeId) {
        Set<UUID> due = reminders.stream().map(r -> r.certificate().getNodeId()).collect(Collectors.toSet());
        return due.contains(nodeId);
    }

    public String typeName(String code) {
        NodeType type = types.get(code);
        return type == null ? code : type.name(OnboardingPages.locale());
    }

    /** Days left, rounded down; negative once expired. */
    public long days(Duration left) {
        return left.toDays();
    }

    public String getOrganisation() { return organisation; }
    public List<NodeApplication> getApplications() { return applicationList; }
    public List<NodeRows.NodeRow> getNodes() { return nodes; }
    public List<Reminder> getReminders() { return reminders; }
}
