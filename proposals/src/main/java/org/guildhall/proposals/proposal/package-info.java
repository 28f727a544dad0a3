/**
 * Improvement proposals as documents: drafted by a member representative, put to a vote by an admin.
 * <p>
 * The {@link org.guildhall.proposals.proposal.entity.Proposal} decides which status changes are
 * allowed. This is the foundation's minimal lifecycle (draft, voting, decided); the full EIP-style
 * lifecycle with numbers, revisions and editors replaces it later without changing its callers.
 */
package org.guildhall.proposals.proposal;
