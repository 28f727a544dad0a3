package org.guildhall.registry.domain.entity;

/** Whether a domain takes registrations: only {@code ACTIVE} does; {@code RETIRED} is final. */
public enum DomainStatus {
    ACTIVE, SUSPENDED, RETIRED
}
