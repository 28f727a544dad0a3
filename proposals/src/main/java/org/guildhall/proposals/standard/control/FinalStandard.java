package org.guildhall.proposals.standard.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.guildhall.proposals.document.control.Sections;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.proposals.standard.entity.StandardAdoption;

/**
 * The catalogue entry a Final Standards Track proposal makes: code {@code GS-<number>} version
 * {@code 1.0}, or, when the proposal's action names one ({@code {"standard":"GS-1","version":"1.2"}}),
 * a new version of an existing standard. The conformance checklist is every statement of the
 * Specification that uses an RFC 2119 keyword in capitals (MUST, SHALL, REQUIRED ...), one per item.
 */
public final class FinalStandard {

    private static final Pattern KEYWORD = Pattern.compile("\\b(MUST|SHALL|REQUIRED|SHOULD|RECOMMENDED)\\b");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+");
    private static final int MAX_REQUIREMENTS = 200;

    private FinalStandard() {
    }

    public static StandardAdoption of(Proposal proposal) {
        String code = "GS-" + proposal.getNumber();
        String version = "1.0";
        if (proposal.getAction() != null) {
            try {
                JsonObject action = Json.createReader(new StringReader(proposal.getAction())).readObject();
                code = action.getString("standard", code);
                version = action.getString("version", version);
            } catch (JsonException | ClassCastException e) {
                // not a standard action: the defaults stand
            }
        }
        return new StandardAdoption(code, version, proposal.getTitle(), requirements(proposal));
    }

    static List<String> requirements(Proposal proposal) {
        List<String> requirements = new ArrayList<>();
        String specification = Sections.specification(proposal.getBody()).orElse("");
        for (String line : specification.split("\n")) {
            String text = LIST_MARKER.matcher(line).replaceFirst("").strip();
            if (!text.isEmpty() && !text.startsWith("#") && KEYWORD.matcher(text).find()
                    && requirements.size() < MAX_REQUIREMENTS) {
                requirements.add(text.length() > 1000 ? text.substring(0, 999) + "…" : text);
            }
        }
        if (requirements.isEmpty()) {
            requirements.add("Implements GIP-" + proposal.getNumber() + " as its Specification states.");
        }
        return requirements;
    }
}
