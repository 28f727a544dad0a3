package org.guildhall.proposals.proposal.entity;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.guildhall.proposals.document.entity.PreambleProblem;

/** A proposal text the rules refuse, with every problem found (field, code, message). */
@ApplicationException(rollback = true)
public class InvalidProposalException extends ProposalException {

    private final transient List<PreambleProblem> problems;

    public InvalidProposalException(List<PreambleProblem> problems) {
        super(Reason.INVALID, "The proposal is not valid: " + problems.stream().map(PreambleProblem::message)
                .reduce((a, b) -> a + " " + b).orElse(""));
        this.problems = List.copyOf(problems);
    }

    public List<PreambleProblem> problems() {
        return problems;
    }
}
