package org.guildhall.registry.accounts.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static Account account() {
        return new Account("li.wei", "Li Wei", "li.wei@example.org", "hash", Instant.parse("2025-03-01T08:00:00Z"));
    }

    @Test
    void newAccountIsEnabledWithNoRolesAndNoOrganisation() {
        Account account = account();

        assertThat(account.isEnabled()).isTrue();
        assertThat(account.getRoles()).isEmpty();
        assertThat(account.getOrganisationId()).isNull();
        for (Role role : Role.values()) {
            assertThat(account.hasRole(role)).as(role.name()).isFalse();
        }
    }

    @Test
    void grantedRoleIsHeldUnderItsSecurityName() {
        Account account = account();

        account.grant(Role.NODE_OPERATOR);

        assertThat(account.hasRole(Role.NODE_OPERATOR)).isTrue();
        assertThat(account.hasRole(Role.ADMIN)).isFalse();
        assertThat(account.getRoles()).containsExactly("node-operator");
    }

    @Test
    void grantingTwiceHoldsTheRoleOnce() {
        Account account = account();

        account.grant(Role.REVIEWER);
        account.grant(Role.REVIEWER);

        assertThat(account.getRoles()).containsExactly("reviewer");
    }

    @Test
    void revokedRoleIsNoLongerHeldAndOthersStay() {
        Account account = account();
        account.grant(Role.ADMIN);
        account.grant(Role.AUDITOR);

        account.revoke(Role.ADMIN);

        assertThat(account.hasRole(Role.ADMIN)).isFalse();
        assertThat(account.hasRole(Role.AUDITOR)).isTrue();
        assertThat(account.getRoles()).containsExactly("auditor");
    }

    @Test
    void revokingARoleNotHeldChangesNothing() {
        Account account = account();
        account.grant(Role.COMMUNITY);

        account.revoke(Role.ADMIN);

        assertThat(account.getRoles()).containsExactly("community");
    }

    @Test
    void rolesCannotBeChangedThroughTheGetter() {
        Account account = account();

        assertThatThrownBy(() -> account.getRoles().add("admin")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(account.hasRole(Role.ADMIN)).isFalse();
    }

    @Test
    void joiningAsRepresentativeSetsTheOrganisationAndGrantsMemberRep() {
        Account account = account();
        UUID organisation = UUID.randomUUID();

        account.joinAsRepresentative(organisation);

        assertThat(account.getOrganisationId()).isEqualTo(organisation);
        assertThat(account.hasRole(Role.MEMBER_REP)).isTrue();
        assertThat(account.getRoles()).containsExactly("member-rep");
    }

    @Test
    void joiningAnOrganisationWithoutRepresentingItGrantsNoRole() {
        Account account = account();
        UUID organisation = UUID.randomUUID();

        account.joinOrganisation(organisation);

        assertThat(account.getOrganisationId()).isEqualTo(organisation);
        assertThat(account.hasRole(Role.MEMBER_REP)).isFalse();
        assertThat(account.getRoles()).isEmpty();
    }

    @Test
    void joiningNeedsAnOrganisation() {
        Account account = account();

        assertThatThrownBy(() -> account.joinAsRepresentative(null)).isInstanceOf(NullPointerException.class);
        assertThat(account.hasRole(Role.MEMBER_REP)).isFalse();
    }
}
