package org.guildhall.registry.membership.entity;

/** What kind of institution a member organisation is. */
public enum OrganisationKind {
    GOVERNMENT, ENTERPRISE, RESEARCH, OTHER
}
