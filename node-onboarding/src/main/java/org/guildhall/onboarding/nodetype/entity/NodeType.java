package org.guildhall.onboarding.nodetype.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A kind of node the federation admits (super, backbone, access, observer) and what admission
 * requires of it: a governance vote or not, the service level the operator commits to, the standards
 * from the catalogue it must conform to, the key algorithms its certificate may use and the
 * certificate's lifetime. Configuration as data: the admin changes it, applications read it.
 */
@Entity
@Table(name = "node_type", schema = "onboarding")
@NamedQuery(name = "NodeType.findAll", query = "select t from NodeType t order by t.sortOrder")
public class NodeType {

    @Id
    private String code;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "name_zh")
    private String nameZh;
    @Column(name = "description_en")
    private String descriptionEn;
    @Column(name = "description_zh")
    private String descriptionZh;
    @Column(name = "needs_vote")
    private boolean needsVote;
    @Column(name = "domain_scoped")
    private boolean domainScoped;
    /** Its nodes are listed as bootnodes of their domain. */
    private boolean bootnode;
    @Column(name = "min_service_level")
    private BigDecimal minServiceLevel;
    @Column(name = "required_standards")
    private String requiredStandards;
    @Column(name = "allowed_key_algorithms")
    private String allowedKeyAlgorithms;
    @Column(name = "certificate_lifetime_days")
    private int certificateLifetimeDays;
    @Column(name = "renewal_window_days")
    private int renewalWindowDays;
    @Column(name = "sort_order")
    private int sortOrder;

    protected NodeType() {
    }

    /** Changes the requirements; every value is checked before anything changes. */
    public void require(NodeTypeRequirements requirements) {
        if (requirements.allowedKeyAlgorithms().isEmpty()) {
            throw new IllegalArgumentException("A node type allows at least one key algorithm.");
        }
        if (requirements.renewalWindowDays() >= requirements.certificateLifetimeDays()) {
            throw new IllegalArgumentException("The renewal window must be shorter than the certificate lifetime.");
        }
        this.needsVote = requirements.needsVote();
        this.minServiceLevel = requirements.minServiceLevel();
        this.requiredStandards = join(requirements.requiredStandards());
        this.allowedKeyAlgorithms = join(requirements.allowedKeyAlgorithms());
        this.certificateLifetimeDays = requirements.certificateLifetimeDays();
        this.renewalWindowDays = requirements.renewalWindowDays();
    }

    public NodeTypeRequirements requirements() {
        return new NodeTypeRequirements(needsVote, minServiceLevel, requiredStandards(), allowedKeyAlgorithms(),
                certificateLifetimeDays, renewalWindowDays);
    }

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public String description(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? descriptionZh : descriptionEn;
    }

    public List<String> requiredStandards() {
        return split(requiredStandards);
    }

    public List<String> allowedKeyAlgorithms() {
        return split(allowedKeyAlgorithms);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String join(Collection<String> values) {
        return values.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().collect(Collectors.joining(","));
    }

    public String getCode() { return code; }
    public String getNameEn() { return nameEn; }
    public String getNameZh() { return nameZh; }
    public String getDescriptionEn() { return descriptionEn; }
    public String getDescriptionZh() { return descriptionZh; }
    public boolean isNeedsVote() { return needsVote; }
    public boolean isDomainScoped() { return domainScoped; }
    public boolean isBootnode() { return bootnode; }
    public BigDecimal getMinServiceLevel() { return minServiceLevel; }
    public int getCertificateLifetimeDays() { return certificateLifetimeDays; }
    public int getRenewalWindowDays() { return renewalWindowDays; }
}
