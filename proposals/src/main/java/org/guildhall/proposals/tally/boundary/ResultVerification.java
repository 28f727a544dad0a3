package org.guildhall.proposals.tally.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.util.List;
import org.guildhall.proposals.tally.control.MalformedResultDocumentException;
import org.guildhall.proposals.tally.control.Recount;
import org.guildhall.proposals.tally.control.ResultDocument;
import org.guildhall.proposals.tally.entity.UnreadableResultDocument;

/**
 * Anyone's recount of a published result document: the tally recomputed from its electorate,
 * ballots and rule, compared with the tally it states. Needs no account and touches no stored data.
 */
@ApplicationScoped
public class ResultVerification {

    /** The outcome of a recount; {@code differences} is empty when the document reproduces. */
    public record Report(boolean reproduced, String documentSha256, String proposalId, int ballots,
                         List<String> differences, JsonObject recomputedTally) {
    }

    /** Recounts a document; a text that is not a result document is refused with the reason. */
    public Report recount(String document) {
        Recount recount;
        try {
            if (document == null || document.isBlank()) {
                throw new MalformedResultDocumentException("The result document is empty.");
            }
            recount = Recount.of(document);
        } catch (MalformedResultDocumentException e) {
            throw new UnreadableResultDocument(e.getMessage(), e);
        }
        return new Report(recount.reproduced(), recount.documentSha256(), recount.proposal().id(),
                recount.ballotCount(), recount.differences(), ResultDocument.tallyJson(recount.recomputed()));
    }
}
