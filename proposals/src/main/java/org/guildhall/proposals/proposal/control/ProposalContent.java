package org.guildhall.proposals.proposal.control;

import jakarta.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.erdtman.jcs.JsonCanonicalizer;
import org.guildhall.proposals.proposal.entity.Proposal;

/**
 * The canonical text of a proposal and its SHA-256: the JSON object {@code {id, title, description, type, category, authors, requires, body}}
 * canonicalised per RFC 8785 (JCS), UTF-8 encoded. Anyone holding the text can recompute the hash
 * that is recorded on chain.
 */
public final class ProposalContent {

    private ProposalContent() {
    }

    public static String canonicalJson(Proposal proposal) {
        String json = Json.createObjectBuilder()
                .add("id", proposal.getId().toString())
                .add("title", proposal.getTitle())
                .add("description", proposal.getDescription())
                .add("type", proposal.getType().name())
                .add("category", proposal.getCategory() == null ? "" : proposal.getCategory().name())
                .add("authors", Json.createArrayBuilder(proposal.getAuthors()))
                .add("requires", Json.createArrayBuilder(proposal.getRequires()))
                .add("body", proposal.getBody())
                .build().toString();
        try {
            return new JsonCanonicalizer(json).getEncodedString();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot canonicalise proposal " + proposal.getId(), e);
        }
    }

    /** Lower-case hex SHA-256 of the canonical JSON. */
    public static String sha256(Proposal proposal) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonicalJson(proposal).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
