package org.guildhall.portal.proposals;

import jakarta.json.Json;
import jakarta.json.JsonException;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.guildhall.portal.shell.Messages;
import org.guildhall.proposals.document.entity.Category;
import org.guildhall.proposals.document.entity.PreambleProblem;
import org.guildhall.proposals.document.entity.ProposalType;
import org.guildhall.proposals.document.entity.RequiredSection;
import org.guildhall.proposals.proposal.entity.InvalidProposalException;
import org.guildhall.proposals.proposal.entity.ProposalDocument;
import org.guildhall.proposals.track.entity.DecisionKind;

/**
 * The fields of a proposal's text as the new and edit pages show them (authors one per line, required
 * numbers comma-separated), turned into a {@link ProposalDocument}, and the problems found in it, by
 * field. The rules are the boundary's; only what cannot be parsed is refused here.
 */
public class ProposalForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Fields with a place on the form; problems with other fields are listed apart. */
    private static final Set<String> FIELDS = Set.of("title", "description", "authors", "discussionsTo", "type",
            "category", "requires", "decisionKind", "action", "body");

    private String title;
    private String description;
    private String authors;
    private String discussionsTo;
    private ProposalType type;
    private Category category;
    private String requires;
    private DecisionKind decisionKind;
    private String action;
    private String body;
    private final LinkedHashMap<String, List<String>> problems = new LinkedHashMap<>();
    private final ArrayList<Integer> parsedRequires = new ArrayList<>();

    /** An empty form whose body has the five required sections, in order. */
    static ProposalForm blank() {
        ProposalForm form = new ProposalForm();
        form.type = ProposalType.STANDARDS_TRACK;
        StringBuilder body = new StringBuilder();
        for (RequiredSection section : RequiredSection.values()) {
            body.append("## ").append(section.heading()).append("\n\n\n");
        }
        form.body = body.toString();
        return form;
    }

    static ProposalForm of(ProposalDocument document) {
        ProposalForm form = new ProposalForm();
        form.title = document.title();
        form.description = document.description();
        form.authors = String.join("\n", document.authors());
        form.discussionsTo = document.discussionsTo();
        form.type = document.type();
        form.category = document.category();
        form.requires = document.requires().stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
        form.decisionKind = document.decisionKind();
        form.action = document.action();
        form.body = document.body();
        return form;
    }

    /** The document, or null when a field cannot be read (the problems say which). */
    ProposalDocument toDocument() {
        problems.clear();
        List<Integer> numbers = parseRequires();
        if (action != null && !action.isBlank() && !isJsonObject(action)) {
            add("action", Messages.text("proposal.form.actionNotJson"));
        }
        List<String> authorLines = authors == null ? List.of()
                : authors.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (authorLines.isEmpty()) {
            add("authors", Messages.text("proposal.form.authorsMissing"));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        boolean voted = type != ProposalType.INFORMATIONAL;
        return new ProposalDocument(title, description, authorLines, discussionsTo, type,
                type != null && type.requiresCategory() ? category : null, numbers, body, voted ? decisionKind : null,
                voted && action != null && !action.isBlank() ? action.strip() : null);
    }

    /** Files each problem of a refused text under its field, in the reader's language. */
    void refuse(InvalidProposalException refusal) {
        problems.clear();
        for (PreambleProblem problem : refusal.problems()) {
            String field = problem.field().replaceAll("\\[.*$", "");
            add(field, ProblemMessages.text(problem, argument(problem)));
        }
        Messages.error("proposal.form.invalid");
    }

    /** The detail a translated message needs: which author, which number, how long. */
    private Object argument(PreambleProblem problem) {
        int index = index(problem.field());
        if (problem.field().startsWith("requires[") && index >= 0 && index < parsedRequires.size()) {
            return String.valueOf(parsedRequires.get(index));
        }
        if (index >= 0) {
            return String.valueOf(index + 1);
        }
        if (problem.key().endsWith(".tooLong")) {
            String value = "title".equals(problem.field()) ? title : description;
            return value == null ? "0" : String.valueOf(value.codePointCount(0, value.length()));
        }
        return ProblemMessages.quoted(problem.message());
    }

    private static int index(String field) {
        int open = field.indexOf('[');
        return open < 0 ? -1 : Integer.parseInt(field.substring(open + 1, field.indexOf(']')));
    }

    private List<Integer> parseRequires() {
        parsedRequires.clear();
        if (requires == null || requires.isBlank()) {
            return List.of();
        }
        for (String token : requires.strip().split("[,;\\s]+")) {
            String number = token.toUpperCase(java.util.Locale.ROOT).startsWith("GIP-") ? token.substring(4) : token;
            if (!number.matches("[0-9]{1,9}")) {
                add("requires", Messages.text("proposal.form.requiresFormat", token));
                return List.of();
            }
            parsedRequires.add(Integer.valueOf(number));
        }
        return List.copyOf(parsedRequires);
    }

    private static boolean isJsonObject(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            reader.readObject();
            return true;
        } catch (JsonException | IllegalStateException e) {
            return false;
        }
    }

    private void add(String field, String message) {
        problems.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }

    public List<String> problemsFor(String field) {
        return problems.getOrDefault(field, List.of());
    }

    /** Problems with fields the form does not show (the created date). */
    public List<String> getOtherProblems() {
        return problems.entrySet().stream().filter(e -> !FIELDS.contains(e.getKey()))
                .flatMap(e -> e.getValue().stream()).toList();
    }

    public boolean isCategoryNeeded() {
        return type != null && type.requiresCategory();
    }

    public boolean isVotedOn() {
        return type != ProposalType.INFORMATIONAL;
    }

    public Map<String, List<String>> getProblems() { return problems; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getAuthors() { return authors; }
    public void setAuthors(String authors) { this.authors = authors; }
    public String getDiscussionsTo() { return discussionsTo; }
    public void setDiscussionsTo(String discussionsTo) { this.discussionsTo = discussionsTo; }
    public ProposalType getType() { return type; }
    public void setType(ProposalType type) { this.type = type; }
    public Category getCategory() { return category; }
    public void setCategory(Category category) { this.category = category; }
    public String getRequires() { return requires; }
    public void setRequires(String requires) { this.requires = requires; }
    public DecisionKind getDecisionKind() { return decisionKind; }
    public void setDecisionKind(DecisionKind decisionKind) { this.decisionKind = decisionKind; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
}
