/**
 * Membership of the federation: organisations apply to join, an admin approves or rejects them
 * with a reason, and an approved organisation acts through its member representatives.
 * <p>
 * Invariants: only an application ({@code APPLIED}) can be decided, once; two live organisations never
 * share a name; every change is written to the audit trail in the same transaction.
 * Out of scope: leaving the federation and the nodes an organisation runs (node onboarding).
 */
package org.guildhall.registry.membership;
