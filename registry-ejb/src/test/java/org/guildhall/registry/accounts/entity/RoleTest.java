package org.guildhall.registry.accounts.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void findsEachRoleByItsSecurityName() {
        assertThat(Role.of("admin")).isEqualTo(Role.ADMIN);
        assertThat(Role.of("member-rep")).isEqualTo(Role.MEMBER_REP);
        assertThat(Role.of("community")).isEqualTo(Role.COMMUNITY);
        assertThat(Role.of("node-operator")).isEqualTo(Role.NODE_OPERATOR);
        assertThat(Role.of("reviewer")).isEqualTo(Role.REVIEWER);
        assertThat(Role.of("auditor")).isEqualTo(Role.AUDITOR);
    }

    @Test
    void everyRoleRoundTripsThroughItsName() {
        for (Role role : Role.values()) {
            assertThat(Role.of(role.roleName())).isEqualTo(role);
        }
    }

    @Test
    void refusesAnUnknownRole() {
        assertThatThrownBy(() -> Role.of("superuser"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("superuser");
    }

    @Test
    void refusesTheEnumConstantNameAndOtherCase() {
        assertThatThrownBy(() -> Role.of("MEMBER_REP")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Role.of("Admin")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNoRole() {
        assertThatThrownBy(() -> Role.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Role.of("")).isInstanceOf(IllegalArgumentException.class);
    }
}
