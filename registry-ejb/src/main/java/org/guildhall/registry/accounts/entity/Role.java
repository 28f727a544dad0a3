package org.guildhall.registry.accounts.entity;

import java.util.Arrays;

/** The portal's roles, by the names used in security checks and in the database. */
public enum Role {
    ADMIN("admin"),
    MEMBER_REP("member-rep"),
    COMMUNITY("community"),
    NODE_OPERATOR("node-operator"),
    REVIEWER("reviewer"),
    AUDITOR("auditor"),
    REGISTRAR("registrar");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    public static Role of(String roleName) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(roleName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown role " + roleName));
    }
}
