package org.guildhall.portal.registry;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guildhall.registry.domain.boundary.Domains;
import org.guildhall.registry.domain.entity.Domain;
import org.guildhall.registry.membership.boundary.Memberships;
import org.guildhall.registry.membership.entity.Organisation;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/** The regional domain tree with each domain's governing organisation, status and quota use. */
@Named
@ViewScoped
public class DomainTreeView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One row: the domain and what the page shows about it. */
    public record Row(String code, String name, String governor, String status, long quota, long used, long allocated,
                      long free, int usedPercent) implements Serializable {
    }

    @Inject
    transient Domains domains;
    @Inject
    transient Memberships memberships;

    private TreeNode<Row> root;
    private int count;

    @PostConstruct
    void load() {
        List<Domain> all = domains.all();
        count = all.size();
        boolean chinese = "zh".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
        Map<UUID, String> names = new HashMap<>();
        root = new DefaultTreeNode<>(null, null);
        Map<String, TreeNode<Row>> nodes = new HashMap<>();
        for (Domain domain : all.stream().sorted((a, b) -> depth(a, all) - depth(b, all)).toList()) {
            String governor = names.computeIfAbsent(domain.getGovernedBy(),
                    id -> memberships.byId(id).map(Organisation::getName).orElse(id.toString()));
            long taken = domain.getUsed() + domain.getAllocated();
            int percent = domain.getQuota() == 0 ? 100 : (int) Math.min(100, taken * 100 / domain.getQuota());
            Row row = new Row(domain.getCode(), chinese ? domain.getNameZh() : domain.getNameEn(), governor,
                    domain.getStatus().name().toLowerCase(), domain.getQuota(), domain.getUsed(), domain.getAllocated(),
                    domain.free(), percent);
            TreeNode<Row> parent = domain.getParentCode() == null ? root : nodes.getOrDefault(domain.getParentCode(), root);
            TreeNode<Row> node = new DefaultTreeNode<>(row, parent);
            node.setExpanded(true);
            nodes.put(domain.getCode(), node);
        }
    }

    private static int depth(Domain domain, List<Domain> all) {
        int depth = 0;
        String parent = domain.getParentCode();
        while (parent != null && depth < 64) {
            String code = parent;
            parent = all.stream().filter(d -> d.getCode().equals(code)).findFirst().map(Domain::getParentCode).orElse(null);
            depth++;
        }
        return depth;
    }

    public TreeNode<Row> getRoot() {
        return root;
    }

    public int getCount() {
        return count;
    }
}
