package org.guildhall.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.guildhall.proposals.proposal.entity.ProposalException;
import org.guildhall.registry.accounts.entity.AccountException;
import org.guildhall.registry.membership.entity.MembershipException;
import org.junit.jupiter.api.Test;

/** The cases that need no FacesContext: domain refusals pass through, anything else is not ours. */
class DomainExceptionHandlerTest {

    @Test
    void showsTheMessageOfAProposalRefusal() {
        ProposalException refusal = new ProposalException(ProposalException.Reason.CONFLICT,
                "Voting on this proposal has closed.");

        assertThat(DomainExceptionHandler.messageFor(refusal)).isEqualTo("Voting on this proposal has closed.");
    }

    @Test
    void showsTheMessageOfAMembershipRefusal() {
        MembershipException refusal = new MembershipException(MembershipException.Reason.INVALID,
                "A rejection needs a reason.");

        assertThat(DomainExceptionHandler.messageFor(refusal)).isEqualTo("A rejection needs a reason.");
    }

    @Test
    void showsTheMessageOfAnAccountRefusal() {
        assertThat(DomainExceptionHandler.messageFor(new AccountException("The user name li.wei is taken.", true)))
                .isEqualTo("The user name li.wei is taken.");
    }

    @Test
    void showsTheMessageOfAnOnboardingRefusal() {
        var refusal = org.guildhall.onboarding.application.entity.OnboardingException.invalid("weak-key",
                "The CSR's key is RSA-1024, which is not allowed for access nodes.");
        assertThat(DomainExceptionHandler.messageFor(refusal))
                .isEqualTo("The CSR's key is RSA-1024, which is not allowed for access nodes.");
    }

    @Test
    void showsTheMessageOfADomainRefusal() {
        assertThat(DomainExceptionHandler.messageFor(org.guildhall.registry.domain.entity.DomainException.notFound("zzzz")))
                .isEqualTo("No domain zzzz.");
    }

    @Test
    void leavesAnyOtherExceptionToTheDefaultHandler() {
        assertThat(DomainExceptionHandler.messageFor(new IllegalStateException("database down"))).isNull();
        assertThat(DomainExceptionHandler.messageFor(new RuntimeException("boom"))).isNull();
        assertThat(DomainExceptionHandler.messageFor(new NullPointerException())).isNull();
    }

    @Test
    void leavesADomainRefusalWrappedInAnotherExceptionToTheCaller() {
        // messageFor sees the unwrapped cause; a wrapper it does not know is not a message for the user
        RuntimeException wrapped = new RuntimeException(new ProposalException(ProposalException.Reason.CONFLICT, "x"));

        assertThat(DomainExceptionHandler.messageFor(wrapped)).isNull();
    }
}
