package org.guildhall.onboarding.application.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NodeApplicationTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final String NODE_ID = "ab".repeat(64);

    static ApplicationForm form(String name) {
        return new ApplicationForm("access", "cngd", name, "enode://" + NODE_ID + "@10.0.0.1:30303", NODE_ID, null,
                List.of("GS-1", "GS-1", "GS-2"), new BigDecimal("99.9"), "ops@example.org");
    }

    private static NodeApplication draft() {
        return NodeApplication.draft(7, UUID.randomUUID(), "operator", form("gd-1"), null, null, T0);
    }

    @Test
    void aDraftIsSubmittedSentBackAmendedAndSubmittedAgainInNumberedRounds() {
        NodeApplication application = draft();
        assertThat(application.reference()).isEqualTo("NA-7");
        assertThat(application.nextRound()).isEqualTo(1);
        application.submit(T0.plusSeconds(60));
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        application.requestChanges("Confirm the service level.", T0.plusSeconds(120));
        assertThat(application.getStatus().isEditable()).isTrue();
        application.amend(form("gd-1"), null, null, application.getVersion(), T0.plusSeconds(180));
        assertThat(application.nextRound()).isEqualTo(2);
        application.submit(T0.plusSeconds(240));
        application.admit(null, T0.plusSeconds(300));
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.ADMITTED);
        assertThat(application.getDecidedAt()).isEqualTo(T0.plusSeconds(300));
    }

    @Test
    void declaredStandardsAreKeptOnceEach() {
        assertThat(draft().declaredStandards()).containsExactly("GS-1", "GS-2");
    }

    @Test
    void theEnodeIdIsReadFromTheCanonicalEnodeUrl() {
        assertThat(draft().enodeId()).contains(NODE_ID);
    }

    @Test
    void refusesToAmendASubmittedApplication() {
        NodeApplication application = draft();
        application.nextRound();
        application.submit(T0);
        assertThatThrownBy(() -> application.amend(form("gd-1"), null, null, application.getVersion(), T0))
                .isInstanceOf(OnboardingException.class).hasMessageContaining("submitted, so it cannot be amended");
    }

    @Test
    void refusesAnAmendmentBasedOnAnOlderVersion() {
        NodeApplication application = draft();
        assertThatThrownBy(() -> application.amend(form("gd-1"), null, null, application.getVersion() + 1, T0))
                .isInstanceOf(OnboardingException.class)
                .satisfies(e -> assertThat(((OnboardingException) e).problem()).isEqualTo("edit-conflict"));
    }

    @Test
    void refusesToApproveADraftOrRejectWithoutAReason() {
        NodeApplication application = draft();
        assertThatThrownBy(() -> application.admit("ok", T0)).isInstanceOf(OnboardingException.class);
        application.nextRound();
        application.submit(T0);
        assertThatThrownBy(() -> application.reject(" ", T0)).isInstanceOf(OnboardingException.class)
                .hasMessageContaining("reason is required");
        assertThatThrownBy(() -> application.requestChanges(null, T0)).isInstanceOf(OnboardingException.class);
    }

    @Test
    void aVoteDecidesAnApplicationPutToIt() {
        NodeApplication passing = draft();
        passing.nextRound();
        passing.submit(T0);
        UUID proposal = UUID.randomUUID();
        passing.putToVote(proposal, T0);
        assertThat(passing.getStatus()).isEqualTo(ApplicationStatus.IN_VOTE);
        assertThat(passing.getProposalId()).isEqualTo(proposal);
        assertThatThrownBy(() -> passing.requestChanges("no", T0)).isInstanceOf(OnboardingException.class);
        passing.reject("Proposal 12 was rejected.", T0);
        assertThat(passing.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void aFinalApplicationCannotBeWithdrawn() {
        NodeApplication application = draft();
        application.withdraw(T0);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThatThrownBy(() -> application.withdraw(T0)).isInstanceOf(OnboardingException.class);
    }
}
