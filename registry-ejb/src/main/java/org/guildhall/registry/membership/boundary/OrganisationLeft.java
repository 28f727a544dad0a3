package org.guildhall.registry.membership.boundary;

import java.time.Instant;
import java.util.UUID;

/**
 * A member organisation left the federation. Fired synchronously inside the transaction that records
 * it: observers (node onboarding deactivating its nodes) commit with it or roll it back.
 */
public record OrganisationLeft(UUID organisationId, String name, String reason, String decidedBy, Instant at) {
}
