package org.guildhall.portal.onboarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.guildhall.onboarding.node.boundary.NodeDirectory;
import org.guildhall.onboarding.nodetype.boundary.NodeTypes;
import org.guildhall.onboarding.nodetype.entity.NodeType;
import org.guildhall.registry.domain.boundary.Domains;
import org.guildhall.registry.domain.entity.Domain;

/**
 * The public node directory: every admitted node of a domain and type, with its certificate and its
 * place on the allow-list on chain, and the client configuration for the chosen domain.
 */
@Named
@ViewScoped
public class NodeDirectoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NodeDirectory directory;
    @Inject
    transient NodeTypes nodeTypes;
    @Inject
    transient Domains domains;
    @Inject
    transient NodeRows nodeRows;

    private String domain;
    private String type;
    private List<Domain> domainList;
    private Map<String, NodeType> types;
    private List<NodeRows.NodeRow> rows;

    /** Reads the filters from the URL (GET, so a filtered listing can be linked to). */
    public void load() {
        domainList = domains.all();
        types = nodeTypes.all().stream().collect(Collectors.toMap(NodeType::getCode, Function.identity(),
                (a, b) -> a, java.util.LinkedHashMap::new));
        if (domain != null && domainList.stream().noneMatch(d -> d.getCode().equals(domain))) {
            domain = null;
        }
        if (type != null && !types.containsKey(type)) {
            type = null;
        }
        rows = nodeRows.of(directory.nodes(domain, type));
    }

    public String typeName(String code) {
        NodeType nodeType = code == null ? null : types.get(code);
        return nodeType == null ? String.valueOf(code) : nodeType.name(OnboardingPages.locale());
    }

    public String domainName(Domain d) {
        return "zh".equals(OnboardingPages.locale().getLanguage()) ? d.getNameZh() : d.getNameEn();
    }

    /** The query string of the domain-specific exports: empty for every domain. */
    public String getDomainQuery() {
        return domain == null ? "" : "?domain=" + URLEncoder.encode(domain, StandardCharsets.UTF_8);
    }

    public List<NodeType> getTypes() { return List.copyOf(types.values()); }
    public List<Domain> getDomains() { return domainList; }
    public List<NodeRows.NodeRow> getRows() { return rows; }
    public String getDomain() { return domain; }
    public void setDomain(String domain) { this.domain = domain == null || domain.isBlank() ? null : domain; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type == null || type.isBlank() ? null : type; }
}
