package org.guildhall.registry.domain.entity;

/** What a governance decision did to a domain. */
public enum DomainChangeKind {
    DELEGATED, REGOVERNED, SUSPENDED, REACTIVATED, RETIRED, QUOTA_CHANGED
}
