package org.guildhall.portal.onboarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.onboarding.application.boundary.NodeApplications;
import org.guildhall.onboarding.application.entity.ApplicationForm;
import org.guildhall.onboarding.application.entity.ChecksFailedException;
import org.guildhall.onboarding.application.entity.NodeApplication;
import org.guildhall.onboarding.application.entity.OnboardingException;
import org.guildhall.onboarding.nodetype.boundary.NodeTypes;
import org.guildhall.onboarding.nodetype.entity.NodeType;
import org.guildhall.portal.shell.Messages;
import org.guildhall.proposals.standard.boundary.Standards;
import org.guildhall.registry.domain.boundary.Domains;
import org.guildhall.registry.domain.entity.Domain;

/**
 * The application wizard: type, node, keys, commitments, review. The form lives in the view between
 * steps; "save draft" stores it at any step (a new draft, or an amendment of the one named by
 * {@code ?id=}), "submit" saves it and runs the checks. The boundary refuses what it cannot accept
 * (an enode URL or CSR that does not parse, a weak or duplicate key) and nothing is stored then; the
 * refusal is shown next to its field, on the step that has the field.
 */
@Named
@ViewScoped
public class NodeApplyView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The wizard's steps, in order; each names the fields it holds. */
    public enum Step {
        TYPE("nodeType"), NODE("domain", "name"), KEYS("enode", "nodePublicKey", "csr"),
        COMMITMENTS("declaredStandards", "serviceLevel", "contact"), REVIEW;

        private final List<String> fields;

        Step(String... fields) {
            this.fields = List.of(fields);
        }

        public String slug() {
            return name().toLowerCase();
        }

        static Optional<Step> holding(String field) {
            return Arrays.stream(values()).filter(s -> s.fields.contains(field)).findFirst();
        }
    }

    @Inject
    transient NodeApplications applications;
    @Inject
    transient NodeTypes nodeTypes;
    @Inject
    transient Domains domains;
    @Inject
    transient Standards standards;

    private String id;
    private NodeApplication application;
    private List<NodeType> types;
    private List<Domain> domainList;
    private java.util.Map<String, String> standardTitles;
    private Step step = Step.TYPE;

    private String nodeType;
    private String domain;
    private String name;
    private String enode;
    private String nodePublicKey;
    private String csr;
    private List<String> declaredStandards = new ArrayList<>();
    private BigDecimal serviceLevel;
    private String contact;

    /** Loads the application named by {@code ?id=} for editing; answers 404 for one the user may not see or change. */
    public void load() throws IOException {
        types = nodeTypes.all();
        domainList = domains.all();
        standardTitles = new java.util.HashMap<>();
        standards.all().forEach(s -> standardTitles.putIfAbsent(s.getCode(), s.getTitle()));
        if (id == null || id.isBlank() || application != null) {
            return;
        }
        Optional<UUID> uuid = OnboardingPages.uuid(id);
        if (uuid.isEmpty()) {
            OnboardingPages.sendError(404);
            return;
        }
        try {
            application = applications.get(uuid.get());
        } catch (OnboardingException refused) {
            OnboardingPages.sendError(404);
            return;
        }
        if (!application.getStatus().isEditable()) {
            Messages.error("onboarding.apply.notEditable");
        }
        fill(application.form());
    }

    private void fill(ApplicationForm form) {
        nodeType = form.nodeType();
        domain = form.domain();
        name = form.name();
        enode = form.enode();
        nodePublicKey = form.nodePublicKey();
        csr = form.csr();
        declaredStandards = new ArrayList<>(form.declaredStandards());
        serviceLevel = form.serviceLevel();
        contact = form.contact();
    }

    public void next() {
        if (step == Step.TYPE && getType() == null) {
            OnboardingPages.showAt("apply:nodeType", Messages.text("onboarding.apply.chooseType"));
            return;
        }
        if (step.ordinal() < Step.REVIEW.ordinal()) {
            step = Step.values()[step.ordinal() + 1];
        }
    }

    public void back() {
        if (step.ordinal() > 0) {
            step = Step.values()[step.ordinal() - 1];
        }
    }

    public void goTo(Step target) {
        step = target;
    }

    /** Stores the form as a draft (new, or the application being edited); stays on the step. */
    public String saveDraft() {
        if (!save()) {
            return null;
        }
        Messages.info("onboarding.apply.saved", application.reference());
        return "/onboarding/apply.xhtml?faces-redirect=true&id=" + application.getId() + "&step=" + step.slug();
    }

    /** Saves and submits: the checks run; their results are shown on the application's page either way. */
    public String submit() {
        if (!save()) {
            return null;
        }
        try {
            applications.submit(application.getId());
            Messages.info("onboarding.apply.submitted", application.reference());
        } catch (ChecksFailedException failed) {
            Messages.error("onboarding.apply.checksFailed", application.reference(), failed.failed().size());
        } catch (OnboardingException refused) {
            OnboardingPages.show(refused);
            return null;
        }
        return OnboardingPages.application(application.getId());
    }

    private boolean save() {
        if (getType() == null || name == null || name.isBlank()) {
            Messages.error("onboarding.apply.needTypeAndName");
            step = getType() == null ? Step.TYPE : Step.NODE;
            return false;
        }
        ApplicationForm form = new ApplicationForm(nodeType, getType().isDomainScoped() ? domain : null,
                name.strip().toLowerCase(), enode, nodePublicKey, csr, getDeclared(), serviceLevel, contact);
        try {
            UUID saved = application == null ? applications.create(form).getId()
                    : applications.amend(application.getId(), form, application.getVersion()).getId();
            application = applications.get(saved);
            return true;
        } catch (OnboardingException refused) {
            Optional<String> field = OnboardingPages.field(refused);
            if (field.isPresent()) {
                step = Step.holding(field.get()).orElse(step);
                OnboardingPages.showAt("apply:" + field.get(), OnboardingPages.text(refused));
            } else {
                OnboardingPages.show(refused);
            }
            return false;
        }
    }

    /** Only the declared standards the chosen type requires (a type change may leave others behind). */
    private List<String> getDeclared() {
        NodeType type = getType();
        return declaredStandards.stream().filter(type.requiredStandards()::contains).toList();
    }

    public NodeType getType() {
        return types == null || nodeType == null ? null
                : types.stream().filter(t -> t.getCode().equals(nodeType)).findFirst().orElse(null);
    }

    public String typeName(NodeType type) {
        return type == null ? "" : type.name(OnboardingPages.locale());
    }

    public String typeDescription(NodeType type) {
        return type == null ? "" : type.description(OnboardingPages.locale());
    }

    /** A standard's code with its title from the catalogue, when the catalogue has it. */
    public String standardLabel(String code) {
        String title = standardTitles == null ? null : standardTitles.get(code);
        return title == null ? code : code + " · " + title;
    }

    public String joined(List<String> values) {
        return values == null || values.isEmpty() ? "—" : String.join(", ", values);
    }

    public String domainName(Domain d) {
        return "zh".equals(OnboardingPages.locale().getLanguage()) ? d.getNameZh() : d.getNameEn();
    }

    /** Whether the form can still be changed: a new one, a draft or one sent back. */
    public boolean isEditable() {
        return application == null || application.getStatus().isEditable();
    }

    public List<Step> getSteps() { return List.of(Step.values()); }
    public Step getStep() { return step; }
    public void setStepSlug(String slug) {
        Arrays.stream(Step.values()).filter(s -> s.slug().equals(slug)).findFirst().ifPresent(s -> step = s);
    }
    public String getStepSlug() { return step.slug(); }
    public List<NodeType> getTypes() { return types; }
    public List<Domain> getDomains() { return domainList; }
    public NodeApplication getApplication() { return application; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getNodeType() { return nodeType; }
    public void setNodeType(String nodeType) { this.nodeType = nodeType; }
    public String getDomain() { return domain; }
    public void setDomain(String domain) { this.domain = domain; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEnode() { return enode; }
    public void setEnode(String enode) { this.enode = enode; }
    public String getNodePublicKey() { return nodePublicKey; }
    public void setNodePublicKey(String nodePublicKey) { this.nodePublicKey = nodePublicKey; }
    public String getCsr() { return csr; }
    public void setCsr(String csr) { this.csr = csr; }
    public List<String> getDeclaredStandards() { return declaredStandards; }
    public void setDeclaredStandards(List<String> declaredStandards) {
        this.declaredStandards = declaredStandards == null ? new ArrayList<>() : new ArrayList<>(declaredStandards);
    }
    public BigDecimal getServiceLevel() { return serviceLevel; }
    public void setServiceLevel(BigDecimal serviceLevel) { this.serviceLevel = serviceLevel; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
}
