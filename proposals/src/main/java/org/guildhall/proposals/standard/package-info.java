/**
 * The standards catalogue: adopted standards, each a code (e.g. {@code GS-1}) in versions, with the
 * conformance requirements an implementation must meet as a checklist. Node certification requires
 * standards from it.
 * <p>
 * Invariants: a code has at most one ACTIVE version; adopting a new version supersedes the active
 * one; a standard keeps its requirements as adopted. Adoption from a Final Standards Track proposal
 * comes with the full proposal lifecycle; until then standards enter through provisioning.
 */
package org.guildhall.proposals.standard;
