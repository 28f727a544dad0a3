package org.guildhall.proposals.decision.boundary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.guildhall.proposals.decision.entity.DecisionFact;
import org.guildhall.proposals.decision.entity.Outcome;

/**
 * Every decision as stored, read over plain JDBC so that the bridge's reconciliation and the command-line
 * {@code verify-audit} read the same facts: the outcome, the stored result hash, and the hash of the stored
 * result document recomputed.
 */
public final class DecisionFacts {

    private DecisionFacts() {
    }

    public static List<DecisionFact> read(Connection connection) throws SQLException {
        List<DecisionFact> facts = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select d.id, d.outcome, d.result_sha256, v.result_document"
                     + " from proposals.decision d left join proposals.vote v on v.id = d.vote_id order by d.decided_at")) {
            while (rows.next()) {
                String document = rows.getString(4);
                facts.add(new DecisionFact(rows.getObject(1, UUID.class), codeOf(rows.getString(2)),
                        trimmed(rows.getString(3)), document == null ? null : sha256(document)));
            }
        }
        return facts;
    }

    /** The outcome's code on chain, or 0 for a value the portal would never store (a tampered row). */
    private static int codeOf(String outcome) {
        try {
            return Outcome.valueOf(outcome).chainCode();
        } catch (IllegalArgumentException | NullPointerException e) {
            return 0;
        }
    }

    private static String trimmed(String hex) {
        return hex == null ? null : hex.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static String sha256(String document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
