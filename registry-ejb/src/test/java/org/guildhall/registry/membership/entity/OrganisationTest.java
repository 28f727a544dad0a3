package org.guildhall.registry.membership.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrganisationTest {

    private static final Instant APPLIED = Instant.parse("2025-03-01T08:00:00Z");
    private static final Instant DECIDED = Instant.parse("2025-03-02T09:30:00Z");

    private static OrganisationApplication application() {
        return new OrganisationApplication("Shenzhen Fintech Lab", OrganisationKind.ENTERPRISE, "CN-GD",
                "Li Wei", "li.wei@example.org");
    }

    private static Organisation applied() {
        return Organisation.apply(application(), "rep", APPLIED);
    }

    @Test
    void newApplicationWaitsForDecisionAndIsNotYetMember() {
        Organisation organisation = applied();

        assertThat(organisation.getId()).isNotNull();
        assertThat(organisation.getStatus()).isEqualTo(OrganisationStatus.APPLIED);
        assertThat(organisation.isMember()).isFalse();
        assertThat(organisation.getAppliedBy()).isEqualTo("rep");
        assertThat(organisation.getAppliedAt()).isEqualTo(APPLIED);
        assertThat(organisation.getKind()).isEqualTo(OrganisationKind.ENTERPRISE);
        assertThat(organisation.getDecidedBy()).isNull();
        assertThat(organisation.getDecidedAt()).isNull();
    }

    @Test
    void stripsSurroundingWhitespaceOfTheStatedFields() {
        Organisation organisation = Organisation.apply(new OrganisationApplication("  Hangzhou Data Exchange \n",
                OrganisationKind.GOVERNMENT, "\tCN-ZJ ", " Wang Fang  ", "  wang@example.org "), "rep", APPLIED);

        assertThat(organisation.getName()).isEqualTo("Hangzhou Data Exchange");
        assertThat(organisation.getJurisdiction()).isEqualTo("CN-ZJ");
        assertThat(organisation.getContactName()).isEqualTo("Wang Fang");
        assertThat(organisation.getContactEmail()).isEqualTo("wang@example.org");
    }

    @Test
    void eachApplicationGetsItsOwnId() {
        assertThat(applied().getId()).isNotEqualTo(applied().getId());
    }

    @Test
    void approvalMakesAMemberAndRecordsWhoDecidedWhen() {
        Organisation organisation = applied();

        organisation.approve("admin", null, DECIDED);

        assertThat(organisation.getStatus()).isEqualTo(OrganisationStatus.APPROVED);
        assertThat(organisation.isMember()).isTrue();
        assertThat(organisation.getDecidedBy()).isEqualTo("admin");
        assertThat(organisation.getDecidedAt()).isEqualTo(DECIDED);
        assertThat(organisation.getDecisionReason()).isNull();
    }

    @Test
    void approvalKeepsAnOptionalReasonStripped() {
        Organisation organisation = applied();

        organisation.approve("admin", "  documents checked ", DECIDED);

        assertThat(organisation.getDecisionReason()).isEqualTo("documents checked");
    }

    @Test
    void approvalWithBlankReasonStoresNoReason() {
        Organisation organisation = applied();

        organisation.approve("admin", "   ", DECIDED);

        assertThat(organisation.getDecisionReason()).isNull();
    }

    @Test
    void rejectionRecordsTheReasonAndMakesNoMember() {
        Organisation organisation = applied();

        organisation.reject("admin", " not a legal entity ", DECIDED);

        assertThat(organisation.getStatus()).isEqualTo(OrganisationStatus.REJECTED);
        assertThat(organisation.isMember()).isFalse();
        assertThat(organisation.getDecisionReason()).isEqualTo("not a legal entity");
        assertThat(organisation.getDecidedBy()).isEqualTo("admin");
        assertThat(organisation.getDecidedAt()).isEqualTo(DECIDED);
    }

    @Test
    void rejectionWithoutReasonIsInvalidAndLeavesTheApplicationOpen() {
        for (String missing : new String[] {null, "", "  \t"}) {
            Organisation organisation = applied();

            assertThatThrownBy(() -> organisation.reject("admin", missing, DECIDED))
                    .isInstanceOfSatisfying(MembershipException.class,
                            e -> assertThat(e.reason()).isEqualTo(MembershipException.Reason.INVALID))
                    .hasMessage("A rejection needs a reason.");
            assertThat(organisation.getStatus()).isEqualTo(OrganisationStatus.APPLIED);
            assertThat(organisation.getDecidedBy()).isNull();
        }
    }

    @Test
    void approvedApplicationCannotBeDecidedAgain() {
        Organisation organisation = applied();
        organisation.approve("admin", null, DECIDED);

        assertThatThrownBy(() -> organisation.reject("other-admin", "changed my mind", DECIDED.plusSeconds(60)))
                .isInstanceOfSatisfying(MembershipException.class,
                        e -> assertThat(e.reason()).isEqualTo(MembershipException.Reason.CONFLICT))
                .hasMessageContaining("Shenzhen Fintech Lab").hasMessageContaining("APPROVED");
        assertThatThrownBy(() -> organisation.approve("other-admin", null, DECIDED.plusSeconds(60)))
                .isInstanceOfSatisfying(MembershipException.class,
                        e -> assertThat(e.reason()).isEqualTo(MembershipException.Reason.CONFLICT));

        assertThat(organisation.getStatus()).isEqualTo(OrganisationStatus.APPROVED);
        assertThat(organisation.getDecidedBy()).isEqualTo("admin");
        assertThat(organisation.getDecidedAt()).isEqualTo(DECIDED);
    }

    @Test
    void rejectedApplicationCannotBeDecidedAgain() {
        Organisation organisation = applied();
        organisation.reject("admin", "incomplete", DECIDED);

        assertThatThrownBy(() -> organisation.approve("other-admin", null, DECIDED.plusSeconds(60)))
                .isInstanceOfSatisfying(MembershipException.class,
                        e -> assertThat(e.reason()).isEqualTo(MembershipException.Reason.CONFLICT))
                .hasMessageContaining("REJECTED");
        assertThatThrownBy(() -> organisation.reject("other-admin", "again", DECIDED.plusSeconds(60)))
                .isInstanceOfSatisfying(MembershipException.class,
                        e -> assertThat(e.reason()).isEqualTo(MembershipException.Reason.CONFLICT));

        assertThat(organisation.getStatus()).isEqualTo(OrganisationStatus.REJECTED);
        assertThat(organisation.getDecisionReason()).isEqualTo("incomplete");
        assertThat(organisation.isMember()).isFalse();
    }
}
